namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// A sorted array with records upserted into it: a record equal to an old one (by the comparer) replaces it, a new one
/// is inserted in order, a later upsert of the same record wins. Says, for arrays kept parallel to the records, which
/// new index copies which old one.
/// </summary>
internal sealed class SortedUpsert<T>
{
    private SortedUpsert(T[] records, int[] newToOld)
    {
        Records = records;
        NewToOld = newToOld;
    }

    public T[] Records { get; }

    /// <summary>For each new index, the old index whose record it keeps, or -1 for a replaced or inserted record.</summary>
    public int[] NewToOld { get; }

    public static SortedUpsert<T> Apply(T[] sorted, IEnumerable<T> upserts, IComparer<T> comparer)
    {
        // In order, and of equal records the last upserted (the sort is stable, so it is the last of its run).
        var incoming = new List<T>();
        foreach (var record in upserts.OrderBy(r => r, comparer))
        {
            if (incoming.Count > 0 && comparer.Compare(incoming[^1], record) == 0) incoming[^1] = record;
            else incoming.Add(record);
        }

        var records = new T[sorted.Length + incoming.Count];
        var newToOld = new int[records.Length];
        int oldAt = 0, newAt = 0;
        foreach (var record in incoming)
        {
            var found = Array.BinarySearch(sorted, oldAt, sorted.Length - oldAt, record, comparer);
            Keep(found >= 0 ? found : ~found);
            if (found >= 0) oldAt++;
            newToOld[newAt] = -1;
            records[newAt++] = record;
        }
        Keep(sorted.Length);
        Array.Resize(ref records, newAt);
        Array.Resize(ref newToOld, newAt);
        return new SortedUpsert<T>(records, newToOld);

        void Keep(int until)
        {
            var count = until - oldAt;
            Array.Copy(sorted, oldAt, records, newAt, count);
            for (var i = 0; i < count; i++) newToOld[newAt + i] = oldAt + i;
            oldAt = until;
            newAt += count;
        }
    }
}
