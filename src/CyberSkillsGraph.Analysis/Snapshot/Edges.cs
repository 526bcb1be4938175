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
}
