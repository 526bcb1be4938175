using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>
/// How one kind of record maps to its table: a key column, the dataset that last wrote the row,
/// and the record's JSON body. The analyses run in memory, so the store needs no finer columns.
/// </summary>
internal interface IRecordTable
{
    string Name { get; }

    IRecordKind Kind { get; }

    IEnumerable<(string Key, string Body)> Rows(Dataset dataset);

    Dataset Assign(Dataset dataset, IReadOnlyList<byte[]> bodies);
}

internal sealed class RecordTable<T>(string name, RecordKind<T> kind) : IRecordTable
{
    public string Name { get; } = name;

    public IRecordKind Kind => kind;

    public IEnumerable<(string Key, string Body)> Rows(Dataset dataset) =>
        kind.Of(dataset).Select(record => (kind.KeyOf(record), RecordJson.Of(record)));

    /// <summary>The records parsed from their UTF-8 bodies on every core: parsing is most of loading a large store.</summary>
    public Dataset Assign(Dataset dataset, IReadOnlyList<byte[]> bodies)
    {
        var records = new T[bodies.Count];
        Parallel.For(0, records.Length, i => records[i] = RecordJson.Parse<T>(bodies[i]));
        return kind.With(dataset, records);
    }
}
