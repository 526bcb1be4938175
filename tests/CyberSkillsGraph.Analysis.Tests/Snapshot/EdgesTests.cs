using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Tests.Snapshot;

/// <summary>Edges updated by writes equal edges built from scratch, over more records than one chunk holds.</summary>
public sealed class EdgesTests
{
    private const int Targets = 40;

    [Fact]
    public void With_WhenRecordsAreReplacedAndAppended_ThenForwardAndReversedEdgesEqualOnesBuiltFromScratch()
    {
        var random = new Random(7);
        var records = Enumerable.Range(0, 2500).Select(IReadOnlyList<(int, int)> (_) => RandomEdges(random)).ToList();
        var forward = Edges.Build(records, r => r, e => e);
        var reversed = forward.Reverse(Targets);
        var original = Edges.Build(records.ToList(), r => r, e => e);

        var changes = new Dictionary<int, IReadOnlyList<(int Target, int Level)>>
        {
            [0] = RandomEdges(random),
            [1500] = [],
            [2047] = RandomEdges(random),
            [2500] = RandomEdges(random),
            [2501] = RandomEdges(random),
        };
        var nextForward = forward.With(changes);
        var nextReversed = reversed.WithReversed(forward, nextForward, changes.Keys);

        foreach (var (record, edges) in changes)
        {
            if (record < records.Count) records[record] = edges;
            else records.Add(edges);
        }
        var expected = Edges.Build(records, r => r, e => e);
        AssertEqual(expected, nextForward);
        AssertEqual(expected.Reverse(Targets), nextReversed);
        AssertEqual(original, forward);
        AssertEqual(original.Reverse(Targets), reversed);
    }

    private static List<(int, int)> RandomEdges(Random random) =>
        [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => (random.Next(-1, Targets), random.Next(1, 6)))];

    private static void AssertEqual(Edges expected, Edges actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected.TargetsOf(i).ToArray(), actual.TargetsOf(i).ToArray());
            Assert.Equal(expected.LevelsOf(i).ToArray(), actual.LevelsOf(i).ToArray());
        }
    }
}
