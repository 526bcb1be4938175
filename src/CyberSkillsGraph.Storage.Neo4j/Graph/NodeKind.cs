using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// A record kind stored as nodes with one label, keyed by one property, with the record's JSON in
/// <c>body</c>, the dataset that last wrote it in <c>dataset</c> and <c>FROM_DATASET</c>, readable
/// properties, and outgoing relationships that are replaced whenever the record is written.
/// </summary>
internal sealed class NodeKind<T>(
    RecordKind<T> kind,
    string label,
    string keyProperty,
    Func<T, IEnumerable<(string Name, object? Value)>> properties,
    IReadOnlyList<LinkSpec<T>> links,
    string? extraLabel = null,
    Func<T, string?>? parent = null) : IRecordKind
{
    public Domain.Model.IRecordKind Kind => kind;

    public string Name => kind.PluralName;

    public IReadOnlyList<string> SchemaStatements { get; } =
        [$"CREATE CONSTRAINT {GraphCypher.SnakeCase(label)}_{keyProperty} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{keyProperty} IS UNIQUE"];

    public string UpsertStatement { get; } = BuildUpsert(label, keyProperty, links, extraLabel);

    public string PageStatement(bool first) =>
        $"MATCH (n:{label}){(first ? "" : $" WHERE n.{keyProperty} > $afterKey")} " +
        $"RETURN n.{keyProperty} AS recordKey, n.dataset AS dataset, n.body AS body ORDER BY n.{keyProperty} LIMIT $pageSize";

    public IEnumerable<KeyedRow> Rows(Dataset dataset) => kind.Of(dataset).Select(record =>
    {
        var id = kind.KeyOf(record);
        var props = new Dictionary<string, object?>
        {
            [keyProperty] = id,
            ["dataset"] = dataset.Info.Id,
            ["body"] = RecordJson.Of(record),
        };
        foreach (var (property, value) in properties(record)) props[property] = value;
        var rels = links.ToDictionary(
            l => l.Type,
            l => (object?)l.Links(record)
                .Where(link => link.Target is not null)
                .Select(link => new Dictionary<string, object?> { ["target"] = link.Target, ["level"] = link.Level })
                .ToList());
        var row = new Dictionary<string, object?> { ["key"] = id, ["dataset"] = dataset.Info.Id, ["props"] = props, ["rels"] = rels };
        return new KeyedRow(id, row, parent?.Invoke(record));
    });

    public Dataset Assign(Dataset dataset, IEnumerable<string> bodies) => kind.Restored(dataset, bodies);

    private static string BuildUpsert(string label, string keyProperty, IReadOnlyList<LinkSpec<T>> links, string? extraLabel)
    {
        var owned = string.Join('|', links.Select(l => l.Type).Prepend("FROM_DATASET"));
        var lines = new List<string>
        {
            "UNWIND $rows AS row",
            $"MERGE (n:{label} {{{keyProperty}: row.key}})",
            // SET n = map replaces every property, so a field cleared in the record is cleared here too.
            $"SET n = row.props{(extraLabel is null ? "" : $", n:{extraLabel}")}",
            "WITH n, row",
            // Outgoing structural relationships are derived from the record: drop them and draw them again.
            // Incoming ones (another record's link to this one) and mappings are left alone.
            $"CALL (n) {{ MATCH (n)-[old:{owned}]->() DELETE old }}",
            "CALL (n, row) { MATCH (d:Dataset {id: row.dataset}) CREATE (n)-[:FROM_DATASET]->(d) }",
        };
        foreach (var link in links)
        {
            var properties = link.HasLevel ? " {level: link.level}" : "";
            lines.Add(
                $"CALL (n, row) {{ UNWIND row.rels.{link.Type} AS link MATCH (t:{link.TargetLabel} {{{link.TargetKey}: link.target}}) " +
                $"CREATE (n)-[:{link.Type}{properties}]->(t) }}");
        }
        lines.Add("RETURN count(*) AS written");
        return string.Join('\n', lines);
    }
}
