using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;
using FsCheck;
using FsCheck.Fluent;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>On random graphs and random scenarios, the scenario analysed over the snapshot equals the same change written and built from scratch.</summary>
public sealed class ScenarioMatchesWrittenTests
{
    private static readonly int?[] Years = [null, 2025, 2026, 2027];

    [Fact]
    public void RegionGapsSuppliersAndLearningPath_WhenAScenarioIsApplied_ThenTheyEqualTheWrittenGraph()
    {
        var cases = from graph in RandomGraphs.Graphs
                    from scenario in Scenarios(graph)
                    select (graph, scenario);
        PropertyRun.Check(Prop.ForAll(Arb.From(cases), c =>
        {
            var (graph, scenario) = c;
            var snapshot = GraphSnapshot.Build(graph.Content);
            Assert.Empty(ScenarioValidator.Validate(snapshot, scenario));
            var written = GraphSnapshot.Build(ScenarioContent.Apply(graph.Content, scenario));
            foreach (var region in graph.RegionCodes)
            {
                foreach (var year in Years)
                {
                    var answer = ScenarioAnalyses.RegionGaps(snapshot, region, year, scenario);
                    Assert.Equal(ReportLines.Of(GraphAnalyses.RegionGaps(written, region, year)), ReportLines.Of(answer));
                    Assert.Equal(ReportLines.Of(GraphAnalyses.RegionGaps(snapshot, region, answer.Year ?? year)), ReportLines.Of(answer.Scenario!.Baseline));
                    foreach (var row in answer.Rows)
                    {
                        Assert.Equal(
                            ReportLines.Of(GraphAnalyses.ExplainSupply(written, region, row.Competence.Id, row.Level)),
                            ReportLines.Of(answer.Scenario.ExplainSupply(region, row.Competence.Id, row.Level)));
                    }
                }
                foreach (var role in graph.Dataset.Roles)
                {
                    Assert.Equal(
                        ReportLines.Of(GraphAnalyses.LearningPath(written, role.Id, region)),
                        ReportLines.Of(ScenarioAnalyses.LearningPath(snapshot, role.Id, region, scenario)));
                }
            }
        }));
    }

    private static Gen<Scenario> Scenarios(GeneratedGraph graph)
    {
        var dataset = graph.Dataset;
        var regions = dataset.Regions.Select(r => r.Code).ToArray();
        var roles = dataset.Roles.Select(r => r.Id).ToArray();
        var factors = Gen.Elements(0m, 0.5m, 1m, 1.1m, 1.5m, 2m, 3.25m);
        var change = (string id) =>
            from kind in Gen.Choose(0, 1)
            from seats in Gen.Choose(0, 60)
            select new ProgrammeChange(id, kind == 0 ? seats : null, kind == 1);
        var entry =
            from region in Gen.Elements(regions)
            from role in Gen.Elements(roles)
            from year in Gen.Choose(2025, 2027)
            from openings in Gen.Choose(0, 50)
            select new DemandEntry(region, role, year, openings, null, null);
        return
            from addedCount in Gen.Choose(0, 2)
            from added in Gen.CollectToList(Enumerable.Range(0, addedCount).Select(i => $"new-{i}"), id => RandomGraphs.Programme(id, regions, dataset.Competences))
            from changedIds in Gen.Shuffle(dataset.TrainingProgrammes.Select(p => p.Id).ToArray())
            from changedCount in Gen.Choose(0, Math.Min(3, changedIds.Length))
            from changes in Gen.CollectToList(changedIds.Take(changedCount), change)
            from factor in factors
            from roleIds in Gen.Shuffle(roles)
            from roleFactorCount in Gen.Choose(0, Math.Min(2, roles.Length))
            from roleFactors in Gen.CollectToList(roleIds.Take(roleFactorCount), id => factors.Select(f => new RoleDemandFactor(id, f)))
            from entries in Gen.ListOf(entry, 3)
            from includeProposed in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new Scenario
            {
                AddProgrammes = added,
                ChangeProgrammes = changes,
                DemandFactor = factor,
                RoleDemandFactors = roleFactors,
                Demand = [.. entries.DistinctBy(e => e.Key)],
                IncludeProposed = includeProposed,
            };
    }
}
