using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Tests.Snapshot;

public sealed class ChunkedListTests
{
    private const int Size = ChunkedList<int>.ChunkSize;

    [Fact]
    public void With_WhenElementsAreReplacedAndAppendedAcrossChunks_ThenTheNewListHasThemAndTheOldOneIsUnchanged()
    {
        var values = Enumerable.Range(0, 2 * Size + 5).ToArray();
        var list = ChunkedList<int>.From(values);

        var next = list.With([(Size + 3, -1), (2 * Size + 5, 1000), (2 * Size + 6, 1001), (0, -2)]);

        var expected = values.Append(1000).Append(1001).ToArray();
        (expected[Size + 3], expected[0]) = (-1, -2);
        Assert.Equal(expected, next);
        Assert.Equal(expected.Length, next.Count);
        Assert.Equal(values, list);
    }

    [Fact]
    public void With_WhenAppendsFillAChunkExactly_ThenTheNextAppendStartsANewChunk()
    {
        var list = ChunkedList<int>.From(Enumerable.Range(0, Size - 1));

        var full = list.With([(Size - 1, -1)]);
        var more = full.With([(Size, -2)]);

        Assert.Equal(Enumerable.Range(0, Size - 1).Append(-1).Append(-2), more);
        Assert.Equal(Size, full.Count);
    }

    [Fact]
    public void With_WhenAnAppendLeavesAGap_ThenItThrows()
    {
        var list = ChunkedList<int>.From([1, 2, 3]);

        Assert.Throws<ArgumentOutOfRangeException>(() => list.With([(4, 5)]));
    }

    [Fact]
    public void Inserted_WhenValuesGoInsideAChunkAndAtTheEnd_ThenTheListShiftsAndSharesTheChunksBefore()
    {
        var values = Enumerable.Range(0, 3 * Size).ToArray();
        var list = ChunkedList<int>.From(values);
        (int At, int Value)[] added = [(Size + 5, -1), (Size + 5, -2), (2 * Size, -3), (3 * Size, -4)];

        var next = list.Inserted(added);

        var expected = values.ToList();
        expected.InsertRange(3 * Size, [-4]);
        expected.InsertRange(2 * Size, [-3]);
        expected.InsertRange(Size + 5, [-1, -2]);
        Assert.Equal(expected, next);
        Assert.Equal(expected, Enumerable.Range(0, next.Count).Select(i => next[i]));
        Assert.Equal(values, list);
    }

    [Fact]
    public void Inserted_WhenPositionsAreOutOfOrder_ThenItThrows()
    {
        var list = ChunkedList<int>.From([1, 2, 3]);

        Assert.Throws<ArgumentOutOfRangeException>(() => list.Inserted([(2, 0), (1, 0)]));
    }
}
