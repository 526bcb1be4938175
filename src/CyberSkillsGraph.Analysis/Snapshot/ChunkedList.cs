using System.Collections;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// A read-only list held in chunks of <see cref="ChunkSize"/> elements. <see cref="With"/> makes a list that differs in a
/// few elements (or has a few more at the end) and shares every chunk it does not change, so a write to a snapshot copies
/// a chunk, not the whole list. Reading an element costs one more array access than a flat array.
/// </summary>
public sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int Shift = 10;
    public const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly T[][] _chunks;

    private ChunkedList(T[][] chunks, int count)
    {
        _chunks = chunks;
        Count = count;
    }

    public static ChunkedList<T> Empty { get; } = new([], 0);

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _chunks[index >> Shift][index & Mask];
        }
    }

    public static ChunkedList<T> From(IEnumerable<T> items)
    {
        var all = items as T[] ?? [.. items];
        var chunks = new T[(all.Length + Mask) >> Shift][];
        for (var c = 0; c < chunks.Length; c++) chunks[c] = all.AsSpan(c << Shift, Math.Min(ChunkSize, all.Length - (c << Shift))).ToArray();
        return new ChunkedList<T>(chunks, all.Length);
    }

    /// <summary>
    /// The list with <paramref name="changes"/> made: an index below <see cref="Count"/> is replaced, and indices from
    /// <see cref="Count"/> on are appended (together they must leave no gap). Only the chunks changed are copied.
    /// </summary>
    public ChunkedList<T> With(IEnumerable<(int Index, T Value)> changes)
    {
        var sorted = changes.OrderBy(c => c.Index).ToList();
        var count = Count;
        foreach (var (index, _) in sorted)
        {
            if (index < 0 || index > count) throw new ArgumentOutOfRangeException(nameof(changes), $"index {index} leaves a gap after {count} elements");
            if (index == count) count++;
        }
        var chunks = new T[(count + Mask) >> Shift][];
        Array.Copy(_chunks, chunks, _chunks.Length);
        var copied = new HashSet<int>();
        foreach (var (index, value) in sorted)
        {
            var c = index >> Shift;
            if (copied.Add(c))
            {
                var length = Math.Min(ChunkSize, count - (c << Shift));
                var chunk = new T[length];
                if (c < _chunks.Length) Array.Copy(_chunks[c], chunk, _chunks[c].Length);
                chunks[c] = chunk;
            }
            chunks[c][index & Mask] = value;
        }
        return new ChunkedList<T>(chunks, count);
    }

    /// <summary>
    /// The list with <paramref name="added"/> inserted, each given as (position in this list it goes before, value),
    /// positions ascending, ties in the order given; a position of <see cref="Count"/> appends. The chunks before the first
    /// insertion are shared; those after it are copied shifted, in pieces (no array as long as the list).
    /// </summary>
    public ChunkedList<T> Inserted(IReadOnlyList<(int At, T Value)> added)
    {
        if (added.Count == 0) return this;
        if (added[0].At is < 0 || added[0].At > Count) throw new ArgumentOutOfRangeException(nameof(added), $"position {added[0].At} is past {Count}");
        var count = Count + added.Count;
        var chunks = new T[(count + Mask) >> Shift][];
        var first = added[0].At >> Shift;
        Array.Copy(_chunks, chunks, first);
        for (var c = first; c < chunks.Length; c++) chunks[c] = new T[Math.Min(ChunkSize, count - (c << Shift))];
        var to = first << Shift;
        var from = to;
        foreach (var (at, value) in added)
        {
            if (at < from || at > Count) throw new ArgumentOutOfRangeException(nameof(added), $"position {at} is out of order or past {Count}");
            CopyOld(at);
            chunks[to >> Shift][to & Mask] = value;
            to++;
        }
        CopyOld(Count);
        return new ChunkedList<T>(chunks, count);

        // Copies this list's elements up to (not including) position until to the new list, piece by piece across chunks.
        void CopyOld(int until)
        {
            while (from < until)
            {
                var length = Math.Min(until - from, Math.Min(ChunkSize - (from & Mask), ChunkSize - (to & Mask)));
                Array.Copy(_chunks[from >> Shift], from & Mask, chunks[to >> Shift], to & Mask, length);
                from += length;
                to += length;
            }
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var chunk in _chunks)
        {
            foreach (var item in chunk) yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
