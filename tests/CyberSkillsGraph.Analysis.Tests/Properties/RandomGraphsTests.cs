using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using FsCheck.Fluent;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>The generator and the shrinker only make graphs that an import would accept; otherwise a property could fail on impossible data.</summary>
public sealed class RandomGraphsTests
{
    [Fact]
    public void Graphs_WhenGenerated_ThenTheyPassTheDatasetValidator()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            Assert.Empty(DatasetValidator.Validate(graph.Dataset, GraphContent.Empty));
            Assert.InRange(graph.Dataset.Regions.Count, 1, 6);
            Assert.InRange(graph.Dataset.Competences.Count, 2, 10);
            Assert.InRange(graph.Dataset.Roles.Count, 1, 5);
            Assert.All(graph.Dataset.Roles, r => Assert.InRange(r.Requires.Count, 1, 4));
            Assert.InRange(graph.Dataset.TrainingProgrammes.Count, 0, 8);
            Assert.InRange(graph.Dataset.Mappings.Count, 0, 8);
            Assert.InRange(graph.Dataset.Demand.Count, 0, 8);
        }));
    }

    [Fact]
    public void Shrink_WhenAGraphIsShrunk_ThenEveryCandidatePassesTheDatasetValidator()
    {
        PropertyRun.Check(Prop.ForAll(RandomGraphs.Arbitrary, graph =>
        {
            foreach (var smaller in GraphShrinker.Shrink(graph))
                Assert.Empty(DatasetValidator.Validate(smaller.Dataset, GraphContent.Empty));
        }));
    }

    [Fact]
    public void Reordered_WhenRecordsAreScattered_ThenEveryRecordIsKeptOnce()
    {
        var cases = RandomGraphs.Graphs.SelectMany(g => RandomGraphs.Reordered(g.Dataset).Select(content => (g, content))).ToArbitrary();

        PropertyRun.Check(Prop.ForAll(cases, c =>
        {
            var (graph, content) = c;
            Assert.Equal(graph.Dataset.RecordCount, content.Datasets.Sum(d => d.RecordCount));
            Assert.Equal(graph.Dataset.Mappings.Select(m => m.Key).Order(StringComparer.Ordinal), content.Mappings.Select(m => m.Key).Order(StringComparer.Ordinal));
        }));
    }
}
