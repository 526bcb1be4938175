using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Reference;
using CyberSkillsGraph.Domain.Model;
using FsCheck.Fluent;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>Laws of the engine that hold for any graph, checked without the reference.</summary>
public sealed class GapPropertiesTests
{
    private static readonly int?[] Years = [null, 2025, 2026];

    private static IEnumerable<RegionGapReport> AllReports(GeneratedGraph graph)
    {
        var snapshot = GraphSnapshot.Build(graph.Content);
        foreach (var region in graph.RegionCodes)
        {
            foreach (var year in Years) yield return GraphAnalyses.RegionGaps(snapshot, region, year);
        }
    }

    [Fact]
    public void RegionGaps_WhenGraphIsRandom_ThenEveryGapIsDemandMinusSupplyButNotBelowZero()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            foreach (var row in AllReports(graph).SelectMany(r => r.Rows))
                Assert.Equal(Math.Max(0, row.Demand - row.Supply), row.Gap);
        }));
    }

    [Fact]
    public void RegionGaps_WhenGraphIsRandom_ThenEachStatusAgreesWithAccessibilityAndSupply()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            foreach (var report in AllReports(graph))
            {
                foreach (var row in report.Rows)
                {
                    if (row.Status == GapStatus.Missing) Assert.False(row.Accessible);
                    if (row.Status == GapStatus.Covered) Assert.True(row.Supply >= row.Demand && row.Accessible);
                    if (row.Status == GapStatus.Shortage) Assert.True(row.Supply < row.Demand && row.Accessible);
                }
                Assert.Equal(
                    (report.Rows.Count(r => r.Status == GapStatus.Missing), report.Rows.Count(r => r.Status == GapStatus.Shortage), report.Rows.Count(r => r.Status == GapStatus.Covered)),
                    (report.Totals.Missing, report.Totals.Shortage, report.Totals.Covered));
            }
        }));
    }

    [Fact]
    public void RegionGaps_WhenAProgrammeIsAdded_ThenNoRowLosesSupplyOrAccess()
    {
        var cases = RandomGraphs.Graphs
            .SelectMany(g => RandomGraphs.Programme("P-new", [.. g.RegionCodes], g.Dataset.Competences).Select(p => (Graph: g, Added: p)))
            .ToArbitrary();

        PropertyRun.Check(Prop.ForAll(cases, c =>
        {
            var before = GraphSnapshot.Build(c.Graph.Content);
            var after = GraphSnapshot.Build(new GraphContent(1, [c.Graph.Dataset with { TrainingProgrammes = [.. c.Graph.Dataset.TrainingProgrammes, c.Added] }]));
            foreach (var region in c.Graph.RegionCodes)
            {
                foreach (var year in Years)
                {
                    var old = GraphAnalyses.RegionGaps(before, region, year).Rows.ToDictionary(r => (r.Competence.Id, r.Level));
                    var now = GraphAnalyses.RegionGaps(after, region, year).Rows.ToDictionary(r => (r.Competence.Id, r.Level));
                    Assert.Equal(old.Keys.Order(), now.Keys.Order());
                    foreach (var (key, row) in old)
                    {
                        Assert.True(now[key].Supply >= row.Supply, $"{key} supply fell from {row.Supply} to {now[key].Supply} in {region}");
                        Assert.True(now[key].Accessible || !row.Accessible, $"{key} lost access in {region}");
                    }
                }
            }
        }));
    }

    [Fact]
    public void RegionGaps_WhenAYearIsGiven_ThenARegionsOpeningsAreItsOwnEntriesPlusItsChildrensTotals()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            var snapshot = GraphSnapshot.Build(graph.Content);
            foreach (var region in graph.Dataset.Regions)
            {
                foreach (var year in new[] { 2025, 2026 })
                {
                    var own = graph.Dataset.Demand.Where(d => d.Region == region.Code && d.Year == year).Sum(d => d.Openings);
                    var children = graph.Dataset.Regions.Where(r => r.Parent == region.Code)
                        .Sum(child => GraphAnalyses.RegionGaps(snapshot, child.Code, year).Totals.Openings);
                    Assert.Equal(own + children, GraphAnalyses.RegionGaps(snapshot, region.Code, year).Totals.Openings);
                }
            }
        }));
    }

    [Fact]
    public void Analyses_WhenMappingsAreReadTheOtherWayRound_ThenNothingChanges()
    {
        var cases = RandomGraphs.Graphs
            .SelectMany(g => Gen.ArrayOf(Gen.Elements(true, false), g.Dataset.Mappings.Count).Select(flip => (Graph: g, Flip: flip)))
            .ToArbitrary();

        PropertyRun.Check(Prop.ForAll(cases, c =>
        {
            var mappings = c.Graph.Dataset.Mappings;
            var keys = mappings.Select(m => m.Key).ToHashSet();
            // "B superset_of A" says what "A subset_of B" says. A pair whose reverse is also mapped stays, so as not to make a duplicate.
            var flipped = mappings.Select((m, i) => c.Flip[i] && !keys.Contains(Mapping.MappingKey(m.Target, m.Source))
                ? m with { Source = m.Target, Target = m.Source, Relationship = ReferencePaths.Backwards(m.Relationship) }
                : m);
            var other = new GraphContent(1, [c.Graph.Dataset with { Mappings = [.. flipped] }]);

            Assert.Equal(EngineResults.Lines(c.Graph.Content, exact: false), EngineResults.Lines(other, exact: false));
        }));
    }

    [Fact]
    public void Analyses_WhenRecordsAreImportedInAnotherOrderAndSplitOverDatasets_ThenNothingChanges()
    {
        var cases = RandomGraphs.Graphs.SelectMany(g => RandomGraphs.Reordered(g.Dataset).Select(content => (Graph: g, Reordered: content))).ToArbitrary();

        PropertyRun.Check(Prop.ForAll(cases, c =>
            Assert.Equal(EngineResults.Lines(c.Graph.Content, exact: true), EngineResults.Lines(c.Reordered, exact: true))));
    }

    [Fact]
    public void Analyses_WhenProposedMappingsAreDropped_ThenNothingChanges()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            var approvedOnly = new GraphContent(1, [graph.Dataset with { Mappings = [.. graph.Dataset.Mappings.Where(m => m.Status == MappingStatus.Approved)] }]);

            Assert.Equal(EngineResults.Lines(graph.Content, exact: false), EngineResults.Lines(approvedOnly, exact: false));
        }));
    }
}
