namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// Lists of (target, level) edges by record, held in chunks of consecutive records, each chunk a compressed sparse row
/// list: the edges of a chunk's record i are Targets[Offsets[i]..Offsets[i+1]] with the matching Levels. A write makes
/// new edges with <see cref="With"/>, which copies the chunks holding changed records and shares the rest, so its cost
/// follows the change, not the number of records. Edges whose target is unknown are dropped.
/// </summary>
public sealed class Edges
{
    /// <summary>Records per chunk of forward edges (programmes, roles): 2^10.</summary>
    private const int RecordShift = 10;

    private readonly Chunk[] _chunks;
    private readonly int _shift;

    private Edges(Chunk[] chunks, int shift, int count)
    {
        _chunks = chunks;
        _shift = shift;
        Count = count;
    }

    /// <summary>The number of records (sources) the edges are listed for.</summary>
    public int Count { get; }

    private int Mask => (1 << _shift) - 1;

    public ReadOnlySpan<int> TargetsOf(int record)
    {
        var chunk = _chunks[record >> _shift];
        var local = record & Mask;
        return chunk.Targets.AsSpan(chunk.Offsets[local], chunk.Offsets[local + 1] - chunk.Offsets[local]);
    }

    public ReadOnlySpan<int> LevelsOf(int record)
    {
        var chunk = _chunks[record >> _shift];
        var local = record & Mask;
        return chunk.Levels.AsSpan(chunk.Offsets[local], chunk.Offsets[local + 1] - chunk.Offsets[local]);
    }

    public static Edges Build<TRecord, TEdge>(
        IReadOnlyList<TRecord> records, Func<TRecord, IReadOnlyList<TEdge>> edges, Func<TEdge, (int Target, int Level)> resolve)
    {
        var chunks = new Chunk[(records.Count + (1 << RecordShift) - 1) >> RecordShift];
        for (var c = 0; c < chunks.Length; c++)
        {
            var start = c << RecordShift;
            var length = Math.Min(1 << RecordShift, records.Count - start);
            chunks[c] = Chunk.Of(length, i => edges(records[start + i]).Select(resolve));
        }
        return new Edges(chunks, RecordShift, records.Count);
    }

    /// <summary>The same edges read from the other end: for each target, (source record, level), sources ascending. Each target is its own chunk, so a write copies only the targets it changes.</summary>
    public Edges Reverse(int targetCount)
    {
        var counts = new int[targetCount];
        for (var record = 0; record < Count; record++)
        {
            foreach (var target in TargetsOf(record)) counts[target]++;
        }
        var sources = new int[targetCount][];
        var levels = new int[targetCount][];
        for (var t = 0; t < targetCount; t++) (sources[t], levels[t]) = (new int[counts[t]], new int[counts[t]]);
        Array.Clear(counts);
        for (var record = 0; record < Count; record++)
        {
            var targets = TargetsOf(record);
            var recordLevels = LevelsOf(record);
            for (var e = 0; e < targets.Length; e++)
            {
                var slot = counts[targets[e]]++;
                sources[targets[e]][slot] = record;
                levels[targets[e]][slot] = recordLevels[e];
            }
        }
        var chunks = new Chunk[targetCount];
        for (var t = 0; t < targetCount; t++) chunks[t] = new Chunk([0, sources[t].Length], sources[t], levels[t]);
        return new Edges(chunks, 0, targetCount);
    }

    /// <summary>
    /// The edges after the records in <paramref name="changes"/> took the edges given: a record below <see cref="Count"/>
    /// is replaced, records from <see cref="Count"/> on are appended (leaving no gap). Only the chunks changed are copied.
    /// </summary>
    internal Edges With(IReadOnlyDictionary<int, IReadOnlyList<(int Target, int Level)>> changes)
    {
        var count = Count;
        while (changes.ContainsKey(count)) count++;
        if (changes.Keys.Any(record => record < 0 || record >= count))
            throw new ArgumentOutOfRangeException(nameof(changes), $"a changed record leaves a gap after {count} records");
        var size = 1 << _shift;
        var chunks = new Chunk[(count + size - 1) >> _shift];
        Array.Copy(_chunks, chunks, _chunks.Length);
        foreach (var c in changes.Keys.Select(record => record >> _shift).Distinct())
            chunks[c] = Rebuilt(c, Math.Min(size, count - (c << _shift)), changes);
        return new Edges(chunks, _shift, count);
    }

    /// <summary>Chunk <paramref name="c"/> with <paramref name="records"/> records, the changed ones taking their new edges and the others copied from this chunk.</summary>
    private Chunk Rebuilt(int c, int records, IReadOnlyDictionary<int, IReadOnlyList<(int Target, int Level)>> changes)
    {
        var start = c << _shift;
        var offsets = new int[records + 1];
        for (var i = 0; i < records; i++)
        {
            var length = changes.TryGetValue(start + i, out var edges) ? edges.Count(e => e.Target >= 0) : TargetsOf(start + i).Length;
            offsets[i + 1] = offsets[i] + length;
        }
        var targets = new int[offsets[^1]];
        var levels = new int[offsets[^1]];
        for (var i = 0; i < records; i++)
        {
            if (changes.TryGetValue(start + i, out var edges))
            {
                var at = offsets[i];
                foreach (var (target, level) in edges)
                {
                    if (target < 0) continue;
                    (targets[at], levels[at]) = (target, level);
                    at++;
                }
                continue;
            }
            TargetsOf(start + i).CopyTo(targets.AsSpan(offsets[i]));
            LevelsOf(start + i).CopyTo(levels.AsSpan(offsets[i]));
        }
        return new Chunk(offsets, targets, levels);
    }

    /// <summary>
    /// These reversed edges (as from <see cref="Reverse"/> of <paramref name="before"/>) after the records
    /// <paramref name="changed"/> of the forward edges took their edges in <paramref name="after"/>: only the targets those
    /// records had or have are rebuilt, each keeping its sources ascending.
    /// </summary>
    internal Edges WithReversed(Edges before, Edges after, IReadOnlyCollection<int> changed)
    {
        var changedSet = changed as IReadOnlySet<int> ?? changed.ToHashSet();
        var added = new Dictionary<int, List<(int Source, int Level)>>();
        var affected = new HashSet<int>();
        foreach (var source in changed.Order())
        {
            if (source < before.Count) affected.UnionWith(before.TargetsOf(source).ToArray());
            var targets = after.TargetsOf(source);
            var levels = after.LevelsOf(source);
            for (var e = 0; e < targets.Length; e++)
            {
                if (!added.TryGetValue(targets[e], out var list)) added[targets[e]] = list = [];
                list.Add((source, levels[e]));
            }
        }
        affected.UnionWith(added.Keys);

        var changes = new Dictionary<int, IReadOnlyList<(int Target, int Level)>>();
        foreach (var target in affected)
        {
            var sources = TargetsOf(target);
            var levels = LevelsOf(target);
            var extra = added.GetValueOrDefault(target) ?? [];
            var merged = new List<(int, int)>(sources.Length + extra.Count);
            var x = 0;
            for (var e = 0; e < sources.Length; e++)
            {
                if (changedSet.Contains(sources[e])) continue;
                for (; x < extra.Count && extra[x].Source < sources[e]; x++) merged.Add(extra[x]);
                merged.Add((sources[e], levels[e]));
            }
            for (; x < extra.Count; x++) merged.Add(extra[x]);
            changes[target] = merged;
        }
        return With(changes);
    }

    /// <summary>The edges of consecutive records in one compressed sparse row list.</summary>
    private sealed class Chunk(int[] offsets, int[] targets, int[] levels)
    {
        public int[] Offsets { get; } = offsets;
        public int[] Targets { get; } = targets;
        public int[] Levels { get; } = levels;

        public static Chunk Of(int records, Func<int, IEnumerable<(int Target, int Level)>> edges)
        {
            var offsets = new int[records + 1];
            var targets = new List<int>();
            var levels = new List<int>();
            for (var i = 0; i < records; i++)
            {
                foreach (var (target, level) in edges(i))
                {
                    if (target < 0) continue;
                    targets.Add(target);
                    levels.Add(level);
                }
                offsets[i + 1] = targets.Count;
            }
            return new Chunk(offsets, [.. targets], [.. levels]);
        }
    }
}
