using System.Runtime.ExceptionServices;
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

    public void Upsert(Dataset[] datasets, IReadOnlyDictionary<string, int> datasetIndex, IReadOnlyList<Dataset> upserts, Func<string, bool>? mayExist)
    {
        var latest = new Dictionary<string, (T Record, string Dataset)>(StringComparer.Ordinal);
        foreach (var upsert in upserts)
        {
            foreach (var record in get(upsert)) latest[key(record)] = (record, upsert.Info.Id);
        }
        if (latest.Count == 0) return;

        if (mayExist is null || latest.Keys.Any(mayExist)) RemoveOld(datasets, latest);
        foreach (var group in latest.Values.GroupBy(v => v.Dataset, StringComparer.Ordinal))
        {
            var i = datasetIndex[group.Key];
            var records = new List<T>(get(datasets[i]).Count + latest.Count);
            records.AddRange(get(datasets[i]));
            records.AddRange(group.Select(g => g.Record));
            datasets[i] = with(datasets[i], records);
        }
    }

    private void RemoveOld(Dataset[] datasets, Dictionary<string, (T Record, string Dataset)> latest)
    {
        // A small write is checked against every record of the kind, so that test must cost next to nothing.
        var keys = latest.Keys.ToArray();
        Func<T, bool> replaced = keys.Length <= LinearKeyLimit
            ? record => Array.IndexOf(keys, key(record)) >= 0
            : record => latest.ContainsKey(key(record));
        for (var i = 0; i < datasets.Length; i++)
        {
            var records = get(datasets[i]);
            if (records.Any(replaced)) datasets[i] = with(datasets[i], [.. records.Where(r => !replaced(r))]);
        }
    }
}
