using CyberSkillsGraph.Analysis.Queries;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Properties;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using FsCheck.Fluent;

namespace CyberSkillsGraph.Analysis.Tests.Snapshot;

/// <summary>A snapshot updated by writes answers every analysis, with and without proposed mappings, exactly like one built from scratch from the same records.</summary>
public sealed class GraphSnapshotApplyTests
{
    private static readonly int?[] Years = [null, 2025, 2026];

    [Fact]
    public void Apply_WhenChangesAreRandom_ThenEveryAnalysisMatchesASnapshotBuiltFromScratch()
    {
        PropertyRun.Check(Prop.ForAll(RandomChanges.Arbitrary, run =>
        {
            var snapshot = GraphSnapshot.Build(run.Graph.Content);
            // Gap reports build the supply indices (approved mappings, and with proposals), which writes then update.
            if (run.SupplyBuiltFirst)
            {
                _ = GraphAnalyses.RegionGaps(snapshot, run.Graph.RegionCodes.First(), null);
                _ = GraphAnalyses.RegionGaps(snapshot, run.Graph.RegionCodes.First(), null, includeProposed: true);
            }
            var revision = snapshot.Revision;
            foreach (var change in run.Changes) snapshot = snapshot.Apply(change, ++revision);

            var final = run.FinalRecords();
            var scratch = GraphSnapshot.Build(new GraphContent(revision, [final]));
            Assert.Equal(revision, snapshot.Revision);
            AssertSameRecords(final, snapshot.Content);
            AssertSameAnswers(run.Graph, final, scratch, snapshot);
        }));
    }

    [Fact]
    public void Validate_WhenCheckedAgainstTheSnapshot_ThenTheProblemsAreThoseFoundAgainstTheContent()
    {
        PropertyRun.Check(Prop.ForAll(RandomChanges.Arbitrary, run =>
        {
            var snapshot = GraphSnapshot.Build(run.Graph.Content);
            foreach (var change in run.Changes)
            {
                var documents = change.Select(d => new NamedDataset(d.Info.Id, d)).ToList();
                Assert.Equal(
                    DatasetValidator.Validate(documents, snapshot.Content).Select(p => p.ToString()),
                    DatasetValidator.Validate(documents, snapshot).Select(p => p.ToString()));
                snapshot = snapshot.Apply(change, snapshot.Revision + 1);
            }
        }));
    }

    [Fact]
    public void Apply_WhenAProgrammeIsRegistered_ThenItCountsAsSupplyAndThePreviousSnapshotIsUnchanged()
    {
        var dataset = new Dataset(new DatasetInfo("seed", "seed", "test"))
        {
            Regions = [new Region("EU", "EU", null)],
            Frameworks = [new Framework("F", "F", null, null, null, "competence-framework", [])],
            Competences = [new Competence("c1", "F", "c1", "c1", 1, 5)],
            Roles = [new Role("r1", "F", "r1", [], null, [new CompetenceLevel("c1", 3)])],
            Providers = [new Provider("prov", "Provider", null)],
            TrainingProgrammes = [Programme("p1", 5)],
            Demand = [new DemandEntry("EU", "r1", 2026, 10, null, null)],
        };
        var snapshot = GraphSnapshot.Build(new GraphContent(1, [dataset]));
        Assert.Equal(5, GraphAnalyses.RegionGaps(snapshot, "EU", null).Rows.Single().Supply);

        var next = snapshot.Apply([new Dataset(new DatasetInfo("api", "api", "test")) { TrainingProgrammes = [Programme("p0", 1000)] }], 2);

        Assert.Equal(1005, GraphAnalyses.RegionGaps(next, "EU", null).Rows.Single().Supply);
        Assert.Equal(5, GraphAnalyses.RegionGaps(snapshot, "EU", null).Rows.Single().Supply);
        Assert.Null(snapshot.FindProgramme("p0"));
        Assert.Equal(["api", "seed"], next.Datasets.Select(d => d.Id).Order(StringComparer.Ordinal));

        static TrainingProgramme Programme(string id, int seats) =>
            new(id, id, "prov", ["EU"], seats, 10, null, null, [new CompetenceLevel("c1", 4)], [], []);
    }

    [Fact]
    public void Apply_WhenAnImportWritesManyProgrammes_ThenTheSupplyIndexIsBuiltAgainAndCountsThemAll()
    {
        var dataset = new Dataset(new DatasetInfo("seed", "seed", "test"))
        {
            Regions = [new Region("EU", "EU", null)],
            Frameworks = [new Framework("F", "F", null, null, null, "competence-framework", [])],
            Competences = [new Competence("c1", "F", "c1", "c1", 1, 5)],
            Roles = [new Role("r1", "F", "r1", [], null, [new CompetenceLevel("c1", 3)])],
            Providers = [new Provider("prov", "Provider", null)],
            Demand = [new DemandEntry("EU", "r1", 2026, 10, null, null)],
        };
        var snapshot = GraphSnapshot.Build(new GraphContent(1, [dataset]));
        Assert.Equal(0, GraphAnalyses.RegionGaps(snapshot, "EU", null).Rows.Single().Supply);
        var programmes = Enumerable.Range(0, 300)
            .Select(i => new TrainingProgramme($"p{i:D3}", "p", "prov", ["EU"], 2, 10, null, null, [new CompetenceLevel("c1", 3)], [], []))
            .ToList();

        var next = snapshot.Apply([new Dataset(new DatasetInfo("import", "import", "test")) { TrainingProgrammes = programmes }], 2);

        Assert.Equal(600, GraphAnalyses.RegionGaps(next, "EU", null).Rows.Single().Supply);
    }

    private static void AssertSameRecords(Dataset final, GraphContent content)
    {
        Assert.Equal(final.TrainingProgrammes.OrderBy(p => p.Id, StringComparer.Ordinal), content.TrainingProgrammes.OrderBy(p => p.Id, StringComparer.Ordinal));
        Assert.Equal(final.Demand.OrderBy(e => e.Key, StringComparer.Ordinal), content.Demand.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(final.Mappings.OrderBy(m => m.Key, StringComparer.Ordinal), content.Mappings.OrderBy(m => m.Key, StringComparer.Ordinal));
        Assert.Equal(final.Competences.Count, content.Competences.Count());
        Assert.Equal(final.Regions.Count, content.Regions.Count());
    }

    private static void AssertSameAnswers(GeneratedGraph graph, Dataset final, GraphSnapshot expected, GraphSnapshot actual)
    {
        foreach (var region in graph.RegionCodes)
        {
            foreach (var year in Years)
            {
                foreach (var proposed in new[] { false, true })
                    Assert.Equal(ReportLines.Of(GraphAnalyses.RegionGaps(expected, region, year, proposed)), ReportLines.Of(GraphAnalyses.RegionGaps(actual, region, year, proposed)));
            }
            foreach (var role in final.Roles)
                Assert.Equal(ReportLines.Of(GraphAnalyses.LearningPath(expected, role.Id, region)), ReportLines.Of(GraphAnalyses.LearningPath(actual, role.Id, region)));
            foreach (var competence in final.Competences)
            {
                for (var level = 1; level <= 5; level++)
                {
                    foreach (var proposed in new[] { false, true })
                        Assert.Equal(Explained(expected, region, competence.Id, level, proposed), Explained(actual, region, competence.Id, level, proposed));
                }
            }
            var filter = new ProgrammeFilter(Region: region, IncludeRetired: true);
            Assert.Equal(ProgrammeFinder.Find(expected, filter), ProgrammeFinder.Find(actual, filter));
        }
        foreach (var source in final.Frameworks)
        {
            foreach (var target in final.Frameworks)
            {
                foreach (var proposed in new[] { false, true })
                {
                    Assert.Equal(
                        ReportLines.Of(GraphAnalyses.FrameworkCoverage(expected, source.Id, target.Id, includeProposed: proposed)),
                        ReportLines.Of(GraphAnalyses.FrameworkCoverage(actual, source.Id, target.Id, includeProposed: proposed)));
                }
            }
        }
        foreach (var id in final.Competences.Select(c => c.Id).Concat(final.Roles.Select(r => r.Id)))
        {
            foreach (var proposed in new[] { false, true })
                Assert.Equal(ReportLines.Of(GraphAnalyses.Equivalents(expected, id, includeProposed: proposed)), ReportLines.Of(GraphAnalyses.Equivalents(actual, id, includeProposed: proposed)));
        }
        foreach (var programme in final.TrainingProgrammes)
            Assert.Equal(expected.FindProgramme(programme.Id), actual.FindProgramme(programme.Id));
    }

    private static List<string> Explained(GraphSnapshot snapshot, string region, string competence, int level, bool includeProposed) =>
        [.. GraphAnalyses.ExplainSupply(snapshot, region, competence, level, includeProposed).Select(e =>
            $"{e.Programme.Id} {e.DevelopedCompetence}@{e.DevelopedLevel} counts={e.CountsAsSupply} {ReportLines.Path(e.Path)}")];
}
