namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// A compressed sparse row list of (target, level) edges: the edges of record i are
/// Targets[Offsets[i]..Offsets[i+1]] with the matching Levels. Edges whose target is unknown are dropped.
/// </summary>
public sealed class Edges
{
    private Edges(int[] offsets, int[] targets, int[] levels)
    {
        Offsets = offsets;
        Targets = targets;
        Levels = levels;
    }

    public int[] Offsets { get; }
    public int[] Targets { get; }
    public int[] Levels { get; }

    public ReadOnlySpan<int> TargetsOf(int record) => Targets.AsSpan(Offsets[record], Offsets[record + 1] - Offsets[record]);

    public ReadOnlySpan<int> LevelsOf(int record) => Levels.AsSpan(Offsets[record], Offsets[record + 1] - Offsets[record]);

    public static Edges Build<TRecord, TEdge>(
        IReadOnlyList<TRecord> records, Func<TRecord, IReadOnlyList<TEdge>> edges, Func<TEdge, (int Target, int Level)> resolve)
    {
        var offsets = new int[records.Count + 1];
        var targets = new List<int>();
        var levels = new List<int>();
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var edge in edges(records[i]))
            {
                var (target, level) = resolve(edge);
                if (target < 0) continue;
                targets.Add(target);
                levels.Add(level);
            }
            offsets[i + 1] = targets.Count;
        }
        return new Edges(offsets, [.. targets], [.. levels]);
    }

    /// <summary>The same edges read from the other end: for each target, (source record, level).</summary>
    public Edges Reverse(int targetCount)
    {
        var offsets = new int[targetCount + 1];
        foreach (var t in Targets) offsets[t + 1]++;
        for (var i = 0; i < targetCount; i++) offsets[i + 1] += offsets[i];
        var next = offsets[..^1].ToArray();
        var sources = new int[Targets.Length];
        var levels = new int[Targets.Length];
        for (var record = 0; record + 1 < Offsets.Length; record++)
        {
            for (var e = Offsets[record]; e < Offsets[record + 1]; e++)
            {
                var slot = next[Targets[e]]++;
                sources[slot] = record;
                levels[slot] = Levels[e];
            }
        }
        return new Edges(offsets, sources, levels);
    }

    /// <summary>
    /// The edges after records were replaced or inserted: record j keeps old record <c>newToOld[j]</c>'s edges, or takes
    /// <paramref name="fresh"/>(j) when that is -1. Unchanged runs of records are copied in one piece.
    /// </summary>
    internal Edges Splice(int[] newToOld, Func<int, IReadOnlyList<(int Target, int Level)>> fresh)
    {
        var freshEdges = new Dictionary<int, IReadOnlyList<(int Target, int Level)>>();
        var offsets = new int[newToOld.Length + 1];
        for (var j = 0; j < newToOld.Length; j++)
        {
            var old = newToOld[j];
            var count = old >= 0 ? Offsets[old + 1] - Offsets[old] : (freshEdges[j] = fresh(j)).Count;
            offsets[j + 1] = offsets[j] + count;
        }
        var targets = new int[offsets[^1]];
        var levels = new int[offsets[^1]];
        for (var j = 0; j < newToOld.Length;)
        {
            if (newToOld[j] < 0)
            {
                var edges = freshEdges[j];
                for (var e = 0; e < edges.Count; e++)
                {
                    targets[offsets[j] + e] = edges[e].Target;
                    levels[offsets[j] + e] = edges[e].Level;
                }
                j++;
                continue;
            }
            var end = j + 1;
            while (end < newToOld.Length && newToOld[end] == newToOld[end - 1] + 1) end++;
            int from = Offsets[newToOld[j]], length = offsets[end] - offsets[j];
            Array.Copy(Targets, from, targets, offsets[j], length);
            Array.Copy(Levels, from, levels, offsets[j], length);
            j = end;
        }
        return new Edges(offsets, targets, levels);
    }

    /// <summary>
    /// Reversed edges (as from <see cref="Reverse"/>) after their source records were replaced or inserted: old sources are
    /// renumbered by <paramref name="oldToNew"/> (dropped where -1) and <paramref name="fresh"/>'s edges, read from the
    /// forward edges of the fresh sources, are merged in, each target's sources staying ascending.
    /// </summary>
    internal Edges SpliceReverse(int[] oldToNew, Edges forward, int[] fresh)
    {
        var targetCount = Offsets.Length - 1;
        var added = new List<(int Source, int Level)>[targetCount];
        var addedCount = 0;
        foreach (var source in fresh)
        {
            var ts = forward.TargetsOf(source);
            var ls = forward.LevelsOf(source);
            for (var e = 0; e < ts.Length; e++)
            {
                (added[ts[e]] ??= []).Add((source, ls[e]));
                addedCount++;
            }
        }
        var offsets = new int[targetCount + 1];
        var sources = new int[Targets.Length + addedCount];
        var levels = new int[Targets.Length + addedCount];
        var at = 0;
        for (var t = 0; t < targetCount; t++)
        {
            var extra = added[t];
            var x = 0;
            for (var e = Offsets[t]; e < Offsets[t + 1]; e++)
            {
                var source = oldToNew[Targets[e]];
                if (source < 0) continue;
                for (; extra is not null && x < extra.Count && extra[x].Source < source; x++, at++)
                    (sources[at], levels[at]) = extra[x];
                sources[at] = source;
                levels[at++] = Levels[e];
            }
            for (; extra is not null && x < extra.Count; x++, at++)
                (sources[at], levels[at]) = extra[x];
            offsets[t + 1] = at;
        }
        Array.Resize(ref sources, at);
        Array.Resize(ref levels, at);
        return new Edges(offsets, sources, levels);
    }
}
