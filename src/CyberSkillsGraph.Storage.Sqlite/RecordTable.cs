using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>
/// How one kind of record maps to its table: a key column, the dataset that last wrote the row,
/// and the record's JSON body. The analyses run in memory, so the store needs no finer columns.
/// </summary>
internal sealed record RecordTable(string Name, IRecordKind Kind)
{
    public IEnumerable<(string Key, string Body)> Rows(Dataset dataset) => Kind.Stored(dataset);

    public Dataset Assign(Dataset dataset, IReadOnlyList<byte[]> bodies) => Kind.Restored(dataset, bodies);
}
