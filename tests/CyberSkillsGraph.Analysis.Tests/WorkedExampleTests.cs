using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests;

/// <summary>The worked example of docs/semantics.md, row for row, with its mapping variants.</summary>
public sealed class WorkedExampleTests
{
    private static Dataset Example
    {
        get
        {
            var result = DatasetReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "worked-example.json")));
            Assert.Empty(result.Problems);
            return result.Dataset!;
        }
    }

    private static GraphSnapshot Snapshot(Dataset dataset) => GraphSnapshot.Build(new GraphContent(1, [dataset]));

    private static IEnumerable<string> Rows(RegionGapReport report) =>
        report.Rows.Select(r => $"{r.Competence.Code}@{r.Level} {r.Demand}/{r.Supply}/{r.PartialSupply} gap {r.Gap} {(r.Accessible ? "accessible" : "inaccessible")} {r.Status} [{string.Join(",", r.Roles.Select(x => x.Id))}]");

    /// <summary>The example plus the mapping JPX:SEC-MGMT (relationship) ECF:E.8 and programme P4 in DE, 30 seats, developing JPX:SEC-MGMT@4.</summary>
    private static Dataset WithMappedProgramme(Relationship relationship, int strength, MappingStatus status = MappingStatus.Approved) => Example with
    {
        Mappings = [new Mapping("JPX:SEC-MGMT", relationship, "ECF:E.8", strength, null, null, status, "test")],
        TrainingProgrammes = [.. Example.TrainingProgrammes,
            new TrainingProgramme("P4", "P4", "prov", ["DE"], 30, 10, null, null, [new CompetenceLevel("JPX:SEC-MGMT", 4)], [], [])],
    };

    [Fact]
    public void RegionGaps_WhenRegionIsDe_ThenRowsMatchTheWorkedExample()
    {
        var report = GraphAnalyses.RegionGaps(Snapshot(Example), "DE", null);

        Assert.Equal(2026, report.Year);
        Assert.Equal(
            [
                "E.3@4 50/15/0 gap 35 accessible Shortage [CISO,PENTESTER]",
                "B.3@4 40/15/0 gap 25 accessible Shortage [PENTESTER]",
                "D.1@5 10/0/0 gap 10 inaccessible Missing [CISO]",
                "E.8@4 10/0/0 gap 10 accessible Shortage [CISO]",
            ],
            Rows(report));
        Assert.Equal(new GapTotals(50, 1, 3, 0), report.Totals);
        Assert.Equal(0.3, report.Rows[0].CoverageRatio);
    }

    [Fact]
    public void RegionGaps_WhenRegionIsEu_ThenChildrenAreSummedAndEuSeatsCount()
    {
        var report = GraphAnalyses.RegionGaps(Snapshot(Example), "EU", 2026);

        Assert.Equal(
            [
                "B.3@4 60/15/0 gap 45 accessible Shortage [PENTESTER]",
                "D.1@5 10/0/0 gap 10 inaccessible Missing [CISO]",
                "E.3@4 70/65/0 gap 5 accessible Shortage [CISO,PENTESTER]",
                "E.8@4 10/100/0 gap 0 accessible Covered [CISO]",
            ],
            Rows(report));
        Assert.Equal(70, report.Totals.Openings);
    }

    [Fact]
    public void RegionGaps_WhenRegionHasNoDemand_ThenTheReportIsEmptyWithNoYear()
    {
        var report = GraphAnalyses.RegionGaps(Snapshot(Example with { Demand = [] }), "DE", null);

        Assert.Null(report.Year);
        Assert.Empty(report.Rows);
    }

    [Fact]
    public void LearningPath_WhenCisoInDe_ThenP2ThenP1AndD1Uncovered()
    {
        var path = GraphAnalyses.LearningPath(Snapshot(Example), "CISO", "DE");

        Assert.Equal(["P2", "P1"], path.Steps.Select(s => s.Programme.Id));
        Assert.Equal([new CompetenceLevel("ECF:E.8", 4)], path.Steps[0].Covers);
        Assert.Equal([new CompetenceLevel("ECF:E.3", 4)], path.Steps[1].Covers);
        Assert.Equal([new CompetenceLevel("ECF:D.1", 5)], path.Uncovered);
        Assert.Equal(60, path.TotalHours);
    }

    [Fact]
    public void RegionGaps_WhenAProgrammeTeachesASupersetOfE8_ThenE8IsCovered()
    {
        var report = GraphAnalyses.RegionGaps(Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8)), "DE", null);

        var row = Assert.Single(report.Rows, r => r.Competence.Id == "ECF:E.8");
        Assert.Equal((30, 0, 0, GapStatus.Covered), (row.Supply, row.PartialSupply, row.Gap, row.Status));
    }

    [Fact]
    public void RegionGaps_WhenTheMappingOnlyIntersects_ThenTheSeatsArePartialSupply()
    {
        var report = GraphAnalyses.RegionGaps(Snapshot(WithMappedProgramme(Relationship.IntersectsWith, 5)), "DE", null);

        var row = Assert.Single(report.Rows, r => r.Competence.Id == "ECF:E.8");
        Assert.Equal((0, 30, 10, GapStatus.Shortage), (row.Supply, row.PartialSupply, row.Gap, row.Status));
    }

    [Fact]
    public void RegionGaps_WhenTheMappingIsOnlyProposed_ThenNothingChanges()
    {
        var proposed = GraphAnalyses.RegionGaps(Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8, MappingStatus.Proposed)), "DE", null);

        var row = Assert.Single(proposed.Rows, r => r.Competence.Id == "ECF:E.8");
        Assert.Equal((0, 0, 10), (row.Supply, row.PartialSupply, row.Gap));
    }

    [Fact]
    public void ExplainSupply_WhenE8IsCoveredThroughAMapping_ThenThePathIsShown()
    {
        var explanations = GraphAnalyses.ExplainSupply(Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8)), "DE", "ECF:E.8", 4);

        var p4 = Assert.Single(explanations, e => e.Programme.Id == "P4");
        Assert.True(p4.CountsAsSupply);
        Assert.Equal(["ECF:E.8", "JPX:SEC-MGMT"], p4.Path.Path);
        Assert.Equal((CoverageClass.Full, 1, 8), (p4.Path.Class, p4.Path.Hops, p4.Path.MinStrength));
        var p2 = Assert.Single(explanations, e => e.Programme.Id == "P2");
        Assert.False(p2.CountsAsSupply);
    }

    [Fact]
    public void Equivalents_WhenAMappingIsReadBackwards_ThenSubsetBecomesSuperset()
    {
        var snapshot = Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8));

        var fromE8 = Assert.Single(GraphAnalyses.Equivalents(snapshot, "ECF:E.8"));
        var fromJpx = Assert.Single(GraphAnalyses.Equivalents(snapshot, "JPX:SEC-MGMT"));

        Assert.Equal(("JPX:SEC-MGMT", CoverageClass.Full, 1), (fromE8.Id, fromE8.Class, fromE8.Hops));
        Assert.Equal(("ECF:E.8", CoverageClass.Partial, 1), (fromJpx.Id, fromJpx.Class, fromJpx.Hops));
    }

    [Fact]
    public void FrameworkCoverage_WhenEcfIsCoveredByJpx_ThenOnlyE8HasAPath()
    {
        var report = GraphAnalyses.FrameworkCoverage(Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8)), "ECF", "JPX");

        Assert.Equal(CoverageClass.Full, Assert.Single(report.Elements, e => e.Id == "ECF:E.8").Class);
        var competences = Assert.Single(report.Shares, s => s.Kind == ElementKind.Competence);
        Assert.Equal((4, 0, 1, 0, 3), (competences.Total, competences.Equal, competences.Full, competences.Partial, competences.None));
    }

    [Fact]
    public void RegionGaps_WhenTheMappingIsProposedAndTheReportIsAPreview_ThenItsSeatsCountAndTheReportSaysSo()
    {
        var preview = GraphAnalyses.RegionGaps(Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8, MappingStatus.Proposed)), "DE", null, includeProposed: true);

        var row = Assert.Single(preview.Rows, r => r.Competence.Id == "ECF:E.8");
        Assert.Equal((30, 0, 0, GapStatus.Covered), (row.Supply, row.PartialSupply, row.Gap, row.Status));
        Assert.True(preview.IncludeProposed);
    }

    [Fact]
    public void ExplainSupply_WhenThePathUsesAProposedMappingInAPreview_ThenThePathSaysSo()
    {
        var snapshot = Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8, MappingStatus.Proposed));

        var p4 = Assert.Single(GraphAnalyses.ExplainSupply(snapshot, "DE", "ECF:E.8", 4, includeProposed: true), e => e.Programme.Id == "P4");

        Assert.True(p4.Path.UsesProposed);
        Assert.DoesNotContain(GraphAnalyses.ExplainSupply(snapshot, "DE", "ECF:E.8", 4), e => e.Programme.Id == "P4");
    }

    [Fact]
    public void FrameworkCoverage_WhenTheOnlyMappingIsProposed_ThenOnlyThePreviewCoversE8AndMarksThePath()
    {
        var snapshot = Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8, MappingStatus.Proposed));

        var approvedOnly = GraphAnalyses.FrameworkCoverage(snapshot, "ECF", "JPX");
        var preview = GraphAnalyses.FrameworkCoverage(snapshot, "ECF", "JPX", includeProposed: true);

        Assert.Equal(CoverageClass.None, Assert.Single(approvedOnly.Elements, e => e.Id == "ECF:E.8").Class);
        var e8 = Assert.Single(preview.Elements, e => e.Id == "ECF:E.8");
        Assert.Equal((CoverageClass.Full, true), (e8.Class, e8.Best!.UsesProposed));
    }

    [Fact]
    public void Equivalents_WhenTheMappingIsApproved_ThenThePreviewPathDoesNotClaimAProposal()
    {
        var snapshot = Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8));

        var preview = Assert.Single(GraphAnalyses.Equivalents(snapshot, "ECF:E.8", includeProposed: true));

        Assert.Equal(("JPX:SEC-MGMT", false), (preview.Id, preview.UsesProposed));
        Assert.Empty(GraphAnalyses.Equivalents(Snapshot(WithMappedProgramme(Relationship.SupersetOf, 8, MappingStatus.Proposed)), "ECF:E.8"));
    }
}
