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

    Dataset Assign(Dataset dataset, IEnumerable<string> bodies);
}

internal sealed class RecordTable<T>(string name, RecordKind<T> kind) : IRecordTable
{
    public string Name { get; } = name;

    public IRecordKind Kind => kind;

    public IEnumerable<(string Key, string Body)> Rows(Dataset dataset) =>
        kind.Of(dataset).Select(record => (kind.KeyOf(record), RecordJson.Of(record)));

    public Dataset Assign(Dataset dataset, IEnumerable<string> bodies) =>
        kind.With(dataset, [.. bodies.Select(RecordJson.Parse<T>)]);
}
