using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Tests.Snapshot;

public sealed class OrderIndexTests
{
    private const int Size = ChunkedList<int>.ChunkSize;

    [Fact]
    public void Inserted_WhenIndicesGoAtTheStartInsideAChunkBetweenChunksAndAtTheEnd_ThenEveryPositionReadsAsInAList()
    {
        var order = OrderIndex.Identity(2 * Size + 3);
        (int At, int Index)[] added = [(0, -1), (0, -2), (5, -3), (Size, -4), (2 * Size + 3, -5)];

        var next = order.Inserted(added);

        AssertReads(Reference([.. Enumerable.Range(0, 2 * Size + 3)], added), next);
        Assert.Equal(Enumerable.Range(0, 2 * Size + 3), order);
    }

    [Fact]
    public void Inserted_WhenManyWritesGrowOneChunk_ThenItIsSplitAndStillReadsInOrder()
    {
        var random = new Random(7);
        var order = OrderIndex.Identity(Size + 10);
        var reference = Enumerable.Range(0, Size + 10).ToList();
        for (var write = 0; write < 600; write++)
        {
            var added = Enumerable.Range(0, random.Next(1, 6))
                .Select(i => (At: random.Next(0, 40) < 30 ? random.Next(0, 50) : random.Next(0, reference.Count + 1), Index: -(write * 10 + i) - 1))
                .OrderBy(a => a.At)
                .ToList();
            reference = Reference(reference, added);
            order = order.Inserted(added);
        }

        AssertReads(reference, order);
    }

    [Fact]
    public void Inserted_WhenTheOrderIsEmpty_ThenItHoldsTheNewIndices()
    {
        var next = OrderIndex.Identity(0).Inserted([(0, 4), (0, 7)]);

        AssertReads([4, 7], next);
    }

    /// <summary>The list with each index inserted before the element that was at its position (positions ascending, ties in the order given).</summary>
    private static List<int> Reference(List<int> before, IReadOnlyList<(int At, int Index)> added)
    {
        var result = new List<int>();
        var a = 0;
        for (var i = 0; i <= before.Count; i++)
        {
            for (; a < added.Count && added[a].At == i; a++) result.Add(added[a].Index);
            if (i < before.Count) result.Add(before[i]);
        }
        return result;
    }

    private static void AssertReads(IReadOnlyList<int> expected, OrderIndex order)
    {
        Assert.Equal(expected.Count, order.Count);
        Assert.Equal(expected, order);
        Assert.Equal(expected, Enumerable.Range(0, order.Count).Select(p => order[p]));
    }
}
