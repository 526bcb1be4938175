using System.Collections;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// Record indices in some order (programmes in id order), held in chunks of varying length with the position each chunk
/// starts at. <see cref="Inserted"/> makes an order with a few more indices and shares every chunk it does not change,
/// so inserting costs a chunk and the chunk table, not the whole order. Reading by position costs a binary search over
/// the chunks; enumerating reads the chunks in turn.
/// </summary>
public sealed class OrderIndex : IReadOnlyList<int>
{
    /// <summary>A chunk that grows past this is cut into pieces of half this length (the last piece takes the rest).</summary>
    private const int MaxChunk = 2 * ChunkedList<int>.ChunkSize;

    private readonly int[][] _chunks;

    /// <summary>The position of each chunk's first index, then <see cref="Count"/>.</summary>
    private readonly int[] _starts;

    private OrderIndex(int[][] chunks)
    {
        _chunks = chunks;
        _starts = new int[chunks.Length + 1];
        for (var c = 0; c < chunks.Length; c++) _starts[c + 1] = _starts[c] + chunks[c].Length;
    }

    public int Count => _starts[^1];

    public int this[int position]
    {
        get
        {
            if ((uint)position >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(position));
            var c = ChunkOf(position);
            return _chunks[c][position - _starts[c]];
        }
    }

    /// <summary>The indices 0 to <paramref name="count"/> - 1 in that order.</summary>
    public static OrderIndex Identity(int count)
    {
        var size = ChunkedList<int>.ChunkSize;
        var chunks = new int[(count + size - 1) / size][];
        for (var c = 0; c < chunks.Length; c++) chunks[c] = [.. Enumerable.Range(c * size, Math.Min(size, count - c * size))];
        return new OrderIndex(chunks);
    }

    /// <summary>
    /// The order with <paramref name="added"/> inserted, each given as (position in this order it goes before, index),
    /// positions ascending; a position of <see cref="Count"/> appends. Only the chunks the insertions fall in are copied.
    /// </summary>
    public OrderIndex Inserted(IReadOnlyList<(int At, int Index)> added)
    {
        if (added.Count == 0) return this;
        for (var i = 0; i < added.Count; i++)
        {
            if (added[i].At < (i == 0 ? 0 : added[i - 1].At) || added[i].At > Count)
                throw new ArgumentOutOfRangeException(nameof(added), $"position {added[i].At} is out of order or past {Count}");
        }
        var chunks = new List<int[]>(_chunks.Length + 1);
        var a = 0;
        for (var c = 0; c < _chunks.Length || a < added.Count; c++)
        {
            // An insertion at the very end goes into the last chunk (or a first one, when the order is empty).
            var last = c >= _chunks.Length - 1;
            var end = last ? int.MaxValue : _starts[c + 1];
            var chunk = c < _chunks.Length ? _chunks[c] : [];
            if (a == added.Count || added[a].At >= end)
            {
                chunks.Add(chunk);
                continue;
            }
            var merged = new List<int>(chunk.Length + 4);
            var start = c < _chunks.Length ? _starts[c] : Count;
            for (var i = 0; i < chunk.Length; i++)
            {
                for (; a < added.Count && added[a].At == start + i; a++) merged.Add(added[a].Index);
                merged.Add(chunk[i]);
            }
            for (; a < added.Count && added[a].At < end; a++) merged.Add(added[a].Index);
            for (var from = 0; from < merged.Count; from += MaxChunk / 2)
            {
                var length = merged.Count - from <= MaxChunk ? merged.Count - from : MaxChunk / 2;
                chunks.Add(merged.GetRange(from, length).ToArray());
                if (length == merged.Count - from) break;
            }
        }
        return new OrderIndex([.. chunks]);
    }

    public IEnumerator<int> GetEnumerator()
    {
        foreach (var chunk in _chunks)
        {
            foreach (var index in chunk) yield return index;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int ChunkOf(int position)
    {
        int low = 0, high = _chunks.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (_starts[middle] <= position) low = middle;
            else high = middle - 1;
        }
        return low;
    }
}
