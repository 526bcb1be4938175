using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// The descriptor of one record kind: its names, its key, where its records sit in a <see cref="Dataset"/>, the order a
/// document lists them in (by key unless <paramref name="order"/> says otherwise) and their JSON as the stores keep it.
/// </summary>
public sealed class RecordKind<T>(
    string name,
    string jsonName,
    string displayName,
    string pluralName,
    Func<T, string> key,
    Func<Dataset, IReadOnlyList<T>> get,
    Func<Dataset, IReadOnlyList<T>, Dataset> with,
    Comparison<T>? order = null) : IRecordKind
{
    private readonly IComparer<T> _order = Comparer<T>.Create(order ?? ((a, b) => string.CompareOrdinal(key(a), key(b))));

    /// <summary>Above this many upserted keys a hash set beats comparing each record with every key.</summary>
    private const int LinearKeyLimit = 4;

    public string Name { get; } = name;

    public string JsonName { get; } = jsonName;

    public string DisplayName { get; } = displayName;

    public string PluralName { get; } = pluralName;

    /// <summary>The key that identifies a record of this kind across the graph: an upsert with the same key replaces it.</summary>
    public string KeyOf(T record) => key(record);

    public IReadOnlyList<T> Of(Dataset dataset) => get(dataset);

    public Dataset With(Dataset dataset, IReadOnlyList<T> records) => with(dataset, records);

    public int Count(Dataset dataset) => get(dataset).Count;

    /// <remarks>A stable sort: records the order does not tell apart keep the document's order.</remarks>
    public Dataset Sorted(Dataset dataset) => with(dataset, [.. get(dataset).Order(_order)]);

    public IEnumerable<(string Key, string Json)> Stored(Dataset dataset) => get(dataset).Select(record => (key(record), RecordJson.Of(record)));

    public Dataset Restored(Dataset dataset, IEnumerable<string> bodies) => with(dataset, [.. bodies.Select(RecordJson.Parse<T>)]);

    public Dataset Restored(Dataset dataset, IReadOnlyList<byte[]> utf8Bodies)
    {
        var records = new T[utf8Bodies.Count];
        try
        {
            Parallel.For(0, records.Length, i => records[i] = RecordJson.Parse<T>(utf8Bodies[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A corrupt row reports itself as the single-threaded load did, not as "one or more errors occurred".
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return with(dataset, records);
    }

    public void Upsert(Dataset[] datasets, IReadOnlyDictionary<string, int> datasetIndex, IReadOnlyList<Dataset> upserts, IStoredRecords? stored)
    {
        var latest = new Dictionary<string, (T Record, string Dataset)>(StringComparer.Ordinal);
        foreach (var upsert in upserts)
        {
            foreach (var record in get(upsert)) latest[key(record)] = (record, upsert.Info.Id);
        }
        if (latest.Count == 0) return;

        RemoveOld(datasets, latest, stored);
        foreach (var group in latest.Values.GroupBy(v => v.Dataset, StringComparer.Ordinal))
        {
            var i = datasetIndex[group.Key];
            var records = new List<T>(get(datasets[i]).Count + latest.Count);
            records.AddRange(get(datasets[i]));
            records.AddRange(group.Select(g => g.Record));
            datasets[i] = with(datasets[i], records);
        }
    }

    /// <summary>
    /// Takes the records the upserts replace out of their datasets. Those <paramref name="stored"/> finds are looked for
    /// by reference, which costs a pointer comparison per record; the others by key, which builds every record's key.
    /// </summary>
    private void RemoveOld(Dataset[] datasets, Dictionary<string, (T Record, string Dataset)> latest, IStoredRecords? stored)
    {
        var instances = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var byKey = new List<string>();
        foreach (var (k, (record, _)) in latest)
        {
            if (stored is null || !stored.TryFind(this, record, out var old)) byKey.Add(k);
            else if (old is not null) instances.Add(old);
        }
        if (instances.Count > 0 && RemoveInstances(datasets, instances) < instances.Count)
        {
            // The finder named a record the content does not hold: it does not index this content, so search by key.
            byKey = [.. latest.Keys];
        }
        if (byKey.Count > 0) RemoveKeys(datasets, byKey);
    }

    /// <summary>Removes the records that are one of <paramref name="instances"/>; returns how many were found.</summary>
    private int RemoveInstances(Dataset[] datasets, HashSet<object> instances)
    {
        // A few instances are compared one by one: a pointer comparison is cheaper than hashing every record.
        var few = instances.Count <= LinearKeyLimit ? instances.ToArray() : null;
        var removed = 0;
        for (var i = 0; i < datasets.Length && removed < instances.Count; i++)
        {
            var records = AsSpan(get(datasets[i]));
            var positions = new List<int>();
            for (var r = 0; r < records.Length; r++)
            {
                if (few is null ? instances.Contains(records[r]!) : IsOneOf(records[r]!, few)) positions.Add(r);
            }
            if (positions.Count == 0) continue;
            datasets[i] = with(datasets[i], Without(records, positions));
            removed += positions.Count;
        }
        return removed;
    }

    private static bool IsOneOf(object record, object[] instances)
    {
        foreach (var instance in instances)
        {
            if (ReferenceEquals(record, instance)) return true;
        }
        return false;
    }

    /// <summary>The records but those at <paramref name="positions"/> (ascending), the runs between them copied in one piece.</summary>
    private static T[] Without(ReadOnlySpan<T> records, List<int> positions)
    {
        var kept = new T[records.Length - positions.Count];
        int from = 0, to = 0;
        foreach (var position in positions.Append(records.Length))
        {
            records[from..position].CopyTo(kept.AsSpan(to));
            to += position - from;
            from = position + 1;
        }
        return kept;
    }

    /// <summary>The records as one span: content lists are arrays or lists, and reading them through the interface costs a call per record.</summary>
    private static ReadOnlySpan<T> AsSpan(IReadOnlyList<T> records) => records switch
    {
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list),
        _ => records.ToArray(),
    };

    private void RemoveKeys(Dataset[] datasets, List<string> keys)
    {
        // A small write is checked against every record of the kind, so that test must cost next to nothing.
        var set = keys.ToHashSet(StringComparer.Ordinal);
        Func<T, bool> replaced = keys.Count <= LinearKeyLimit
            ? record => keys.Contains(key(record), StringComparer.Ordinal)
            : record => set.Contains(key(record));
        for (var i = 0; i < datasets.Length; i++)
        {
            var records = get(datasets[i]);
            if (records.Any(replaced)) datasets[i] = with(datasets[i], [.. records.Where(r => !replaced(r))]);
        }
    }
}
