using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Reference;

/// <summary>The reference implementation itself against the worked example of docs/semantics.md, so that it can be trusted as an oracle.</summary>
public sealed class ReferenceWorkedExampleTests
{
    private static List<(string Row, long Demand, long Supply, long Partial, long Gap, bool Accessible, GapStatus Status)> Rows(RegionGapReport report) =>
        [.. report.Rows.Select(r => ($"{r.Competence.Id}@{r.Level}", r.Demand, r.Supply, r.PartialSupply, r.Gap, r.Accessible, r.Status))];

    [Fact]
    public void RegionGaps_WhenRegionIsDe_ThenRowsMatchTheWorkedExample()
    {
        var report = ReferenceAnalyses.RegionGaps(WorkedExample.Content, "DE", null);

        Assert.Equal(2026, report.Year);
        Assert.Equal(
            [
                ("ECF:E.3@4", 50, 15, 0, 35, true, GapStatus.Shortage),
                ("ECF:B.3@4", 40, 15, 0, 25, true, GapStatus.Shortage),
                ("ECF:D.1@5", 10, 0, 0, 10, false, GapStatus.Missing),
                ("ECF:E.8@4", 10, 0, 0, 10, true, GapStatus.Shortage),
            ],
            Rows(report));
        Assert.Equal(new GapTotals(50, 1, 3, 0), report.Totals);
        Assert.Equal([0.3, 15.0 / 40, 0.0, 0.0], report.Rows.Select(r => r.CoverageRatio));
        Assert.Equal(["CISO", "PENTESTER"], report.Rows[0].Roles.Select(r => r.Id));
        Assert.Equal(["PENTESTER"], report.Rows[1].Roles.Select(r => r.Id));
        Assert.Equal(["CISO"], report.Rows[2].Roles.Select(r => r.Id));
    }

    [Fact]
    public void RegionGaps_WhenRegionIsEu_ThenSupplyCountsEveryProgrammeBelowIt()
    {
        var report = ReferenceAnalyses.RegionGaps(WorkedExample.Content, "EU", null);

        Assert.Equal(
            [
                ("ECF:B.3@4", 60, 15, 0, 45, true, GapStatus.Shortage),
                ("ECF:D.1@5", 10, 0, 0, 10, false, GapStatus.Missing),
                ("ECF:E.3@4", 70, 65, 0, 5, true, GapStatus.Shortage),
                ("ECF:E.8@4", 10, 100, 0, 0, true, GapStatus.Covered),
            ],
            Rows(report));
        Assert.Equal(new GapTotals(70, 1, 2, 1), report.Totals);
        Assert.Equal(10.0, report.Rows[3].CoverageRatio);
    }

    [Fact]
    public void RegionGaps_WhenRegionIsFr_ThenB3AtLevel4IsMissingBecauseP3TeachesLevel3AndP1RunsInDe()
    {
        var report = ReferenceAnalyses.RegionGaps(WorkedExample.Content, "FR", null);

        Assert.Equal(
            [
                ("ECF:B.3@4", 20, 0, 0, 20, false, GapStatus.Missing),
                ("ECF:E.3@4", 20, 50, 0, 0, true, GapStatus.Covered),
            ],
            Rows(report));
        Assert.Equal(new GapTotals(20, 1, 0, 1), report.Totals);
    }

    [Fact]
    public void RegionGaps_WhenYearHasNoDemand_ThenThereAreNoRows()
    {
        var report = ReferenceAnalyses.RegionGaps(WorkedExample.Content, "DE", 2025);

        Assert.Equal(2025, report.Year);
        Assert.Empty(report.Rows);
        Assert.Equal(new GapTotals(0, 0, 0, 0), report.Totals);
    }

    [Fact]
    public void LearningPath_WhenRoleIsCisoInDe_ThenP2ThenP1AndD1StaysUncovered()
    {
        var path = ReferenceAnalyses.LearningPath(WorkedExample.Content, "CISO", "DE");

        Assert.Equal(["P2", "P1"], path.Steps.Select(s => s.Programme.Id));
        Assert.Equal([new CompetenceLevel("ECF:E.8", 4)], path.Steps[0].Covers);
        Assert.Equal([new CompetenceLevel("ECF:E.3", 4)], path.Steps[1].Covers);
        Assert.Equal([new CompetenceLevel("ECF:D.1", 5)], path.Uncovered);
        Assert.Equal(60, path.TotalHours);
    }

    [Fact]
    public void RegionGaps_WhenSecMgmtIsASupersetOfE8_ThenP4SuppliesE8InDe()
    {
        var report = ReferenceAnalyses.RegionGaps(WorkedExample.WithMapping(Relationship.SupersetOf, 8), "DE", null);

        Assert.Equal(
            [
                ("ECF:E.3@4", 50, 15, 0, 35, true, GapStatus.Shortage),
                ("ECF:B.3@4", 40, 15, 0, 25, true, GapStatus.Shortage),
                ("ECF:D.1@5", 10, 0, 0, 10, false, GapStatus.Missing),
                ("ECF:E.8@4", 10, 30, 0, 0, true, GapStatus.Covered),
            ],
            Rows(report));
        Assert.Equal(new GapTotals(50, 1, 2, 1), report.Totals);
    }

    [Fact]
    public void RegionGaps_WhenSecMgmtOnlyIntersectsE8_ThenP4IsPartialSupplyOnly()
    {
        var report = ReferenceAnalyses.RegionGaps(WorkedExample.WithMapping(Relationship.IntersectsWith, 5), "DE", null);

        var row = Assert.Single(Rows(report), r => r.Row == "ECF:E.8@4");
        Assert.Equal(("ECF:E.8@4", 10, 0, 30, 10, true, GapStatus.Shortage), row);
    }

    [Fact]
    public void RegionGaps_WhenTheMappingIsOnlyProposed_ThenP4SuppliesNothing()
    {
        var report = ReferenceAnalyses.RegionGaps(WorkedExample.WithMapping(Relationship.SupersetOf, 8, MappingStatus.Proposed), "DE", null);

        var row = Assert.Single(Rows(report), r => r.Row == "ECF:E.8@4");
        Assert.Equal(("ECF:E.8@4", 10, 0, 0, 10, true, GapStatus.Shortage), row);
    }

    [Fact]
    public void FrameworkCoverage_WhenSecMgmtIsASupersetOfE8_ThenE8IsFullyCoveredInOneHop()
    {
        var report = ReferenceAnalyses.FrameworkCoverage(WorkedExample.WithMapping(Relationship.SupersetOf, 8), "ECF", "JPX");

        Assert.Equal(
            [
                "ECF:B.3: NONE",
                "ECF:D.1: NONE",
                "ECF:E.3: NONE",
                "ECF:E.8: Full hops=1 min=8 target=JPX:SEC-MGMT",
            ],
            report.Elements.Select(e => $"{e.Id}: {ReportLines.Path(e.Best)}"));
        Assert.Equal(new CoverageShare(ElementKind.Competence, 4, 0, 1, 0, 3), report.Shares[0]);
        Assert.Equal(["ECF:E.8", "JPX:SEC-MGMT"], report.Elements[3].Best!.Path);
    }

    [Fact]
    public void FrameworkCoverage_WhenReadTheOtherWay_ThenSecMgmtIsOnlyPartiallyCoveredByE8()
    {
        var report = ReferenceAnalyses.FrameworkCoverage(WorkedExample.WithMapping(Relationship.SupersetOf, 8), "JPX", "ECF");

        var element = Assert.Single(report.Elements);
        Assert.Equal((CoverageClass.Partial, 1, 8, "ECF:E.8"), (element.Class, element.Best!.Hops, element.Best.MinStrength, element.Best.Target));
    }

    [Fact]
    public void Equivalents_WhenE8HasOneMapping_ThenOnlySecMgmtIsListed()
    {
        var equivalents = ReferenceAnalyses.Equivalents(WorkedExample.WithMapping(Relationship.SupersetOf, 8), "ECF:E.8");

        var only = Assert.Single(equivalents);
        Assert.Equal(("JPX:SEC-MGMT", ElementKind.Competence, CoverageClass.Full, 1, (int?)8), (only.Id, only.Kind, only.Class, only.Hops, only.MinStrength));
    }
}
