using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Reference;
using CyberSkillsGraph.Domain.Model;
using FsCheck.Fluent;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>On random graphs, every answer of the engine equals the brute-force reference's.</summary>
public sealed class EngineMatchesReferenceTests
{
    private static readonly int?[] Years = [null, 2025, 2026];

    [Fact]
    public void RegionGaps_WhenGraphIsRandom_ThenEveryRegionAndYearMatchesTheReference()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            var snapshot = GraphSnapshot.Build(graph.Content);
            foreach (var region in graph.RegionCodes)
            {
                foreach (var year in Years)
                {
                    Assert.Equal(
                        ReportLines.Of(ReferenceAnalyses.RegionGaps(graph.Content, region, year)),
                        ReportLines.Of(GraphAnalyses.RegionGaps(snapshot, region, year)));
                }
            }
        }));
    }

    [Fact]
    public void LearningPath_WhenGraphIsRandom_ThenEveryRoleAndRegionMatchesTheReference()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            var snapshot = GraphSnapshot.Build(graph.Content);
            foreach (var role in graph.Dataset.Roles)
            {
                foreach (var region in graph.RegionCodes)
                {
                    Assert.Equal(
                        ReportLines.Of(ReferenceAnalyses.LearningPath(graph.Content, role.Id, region)),
                        ReportLines.Of(GraphAnalyses.LearningPath(snapshot, role.Id, region)));
                }
            }
        }));
    }

    [Fact]
    public void FrameworkCoverage_WhenGraphIsRandom_ThenEveryFrameworkPairAndHopLimitMatchesTheReference()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            var snapshot = GraphSnapshot.Build(graph.Content);
            foreach (var source in graph.Dataset.Frameworks)
            {
                foreach (var target in graph.Dataset.Frameworks)
                {
                    for (var maxHops = 1; maxHops <= 4; maxHops++)
                    {
                        var engine = GraphAnalyses.FrameworkCoverage(snapshot, source.Id, target.Id, maxHops);
                        Assert.Equal(
                            ReportLines.Of(ReferenceAnalyses.FrameworkCoverage(graph.Content, source.Id, target.Id, maxHops)),
                            ReportLines.Of(engine));
                        foreach (var element in engine.Elements.Where(e => e.Best is not null))
                            AssertWitness(graph.Content, element.Id, element.Best!.Target, element.Best.Path, element.Best.Class, element.Best.Hops, element.Best.MinStrength);
                    }
                }
            }
        }));
    }

    [Fact]
    public void Equivalents_WhenGraphIsRandom_ThenEveryCompetenceAndRoleMatchesTheReference()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            var snapshot = GraphSnapshot.Build(graph.Content);
            var ids = graph.Dataset.Competences.Select(c => c.Id).Concat(graph.Dataset.Roles.Select(r => r.Id));
            foreach (var id in ids)
            {
                for (var maxHops = 1; maxHops <= GraphAnalyses.MaxHopsLimit; maxHops++)
                {
                    var engine = GraphAnalyses.Equivalents(snapshot, id, maxHops);
                    Assert.Equal(
                        ReportLines.Of(ReferenceAnalyses.Equivalents(graph.Content, id, maxHops)),
                        ReportLines.Of(engine));
                    foreach (var e in engine)
                        AssertWitness(graph.Content, id, e.Id, e.Path, e.Class, e.Hops, e.MinStrength);
                }
            }
        }));
    }

    /// <summary>The engine's path runs from the start to the target without revisiting a node, and its mappings give the reported class and strength.</summary>
    private static void AssertWitness(GraphContent content, string start, string target, IReadOnlyList<string> path, CoverageClass @class, int hops, int? minStrength)
    {
        Assert.Equal(hops + 1, path.Count);
        Assert.Equal(start, path[0]);
        Assert.Equal(target, path[^1]);
        Assert.Equal(path.Count, path.Distinct().Count());
        Assert.Contains((@class, minStrength), ReferencePaths.Witnesses(content, path));
    }
}
