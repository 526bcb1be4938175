using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// A change set as parameter rows, one per record key: when a key occurs more than once the last
/// occurrence wins, as if the records had been written one after the other. Sending each key once
/// keeps one statement from drawing the relationships of two versions of the same record.
/// </summary>
internal sealed class ChangePlan
{
    private ChangePlan(
        IReadOnlyList<IReadOnlyDictionary<string, object?>> datasets,
        IReadOnlyList<(IRecordKind Kind, IReadOnlyList<KeyedRow> Rows)> records)
    {
        Datasets = datasets;
        Records = records;
    }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Datasets { get; }

    public IReadOnlyList<(IRecordKind Kind, IReadOnlyList<KeyedRow> Rows)> Records { get; }

    public static ChangePlan Build(ChangeSet changes)
    {
        var datasets = LastWins(changes.Upserts.Select(d => (d.Info.Id, GraphCypher.DatasetRow(d.Info))));
        var records = RecordKinds.All
            .Select(kind => (kind, ParentsFirst(LastWins(changes.Upserts.SelectMany(kind.Rows).Select(r => (r.Key, r))))))
            .ToList();
        return new ChangePlan(datasets, records);
    }

    /// <summary>One value per key, at the key's first position, holding its last value.</summary>
    private static List<T> LastWins<T>(IEnumerable<(string Key, T Value)> items)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var (key, value) in items)
        {
            if (position.TryGetValue(key, out var at))
            {
                result[at] = value;
            }
            else
            {
                position[key] = result.Count;
                result.Add(value);
            }
        }
        return result;
    }

    /// <summary>
    /// Orders rows so that a row whose parent is also in the plan comes after it, so that the parent
    /// node exists when the child's link to it is drawn, even in a later batch.
    /// </summary>
    private static IReadOnlyList<KeyedRow> ParentsFirst(List<KeyedRow> rows)
    {
        if (rows.TrueForAll(r => r.Parent is null)) return rows;
        var byKey = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        int Depth(KeyedRow row)
        {
            var depth = 0;
            // Bounded by the row count, so a (refused anyway) cycle cannot loop forever.
            while (row.Parent is { } parent && byKey.TryGetValue(parent, out var up) && depth < rows.Count)
            {
                depth++;
                row = up;
            }
            return depth;
        }
        return [.. rows.OrderBy(Depth)];
    }
}
