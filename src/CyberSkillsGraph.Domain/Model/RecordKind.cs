namespace CyberSkillsGraph.Domain.Model;

/// <summary>The descriptor of one record kind: its names, its key and where its records sit in a <see cref="Dataset"/>.</summary>
public sealed class RecordKind<T>(
    string jsonName,
    string displayName,
    string pluralName,
    Func<T, string> key,
    Func<Dataset, IReadOnlyList<T>> get,
    Func<Dataset, IReadOnlyList<T>, Dataset> with) : IRecordKind
{
    /// <summary>Above this many upserted keys a hash set beats comparing each record with every key.</summary>
    private const int LinearKeyLimit = 4;

    public string JsonName { get; } = jsonName;

    public string DisplayName { get; } = displayName;

    public string PluralName { get; } = pluralName;

    /// <summary>The key that identifies a record of this kind across the graph: an upsert with the same key replaces it.</summary>
    public string KeyOf(T record) => key(record);

    public IReadOnlyList<T> Of(Dataset dataset) => get(dataset);

    public Dataset With(Dataset dataset, IReadOnlyList<T> records) => with(dataset, records);

    public int Count(Dataset dataset) => get(dataset).Count;

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
