using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// Mappings are <c>MAPS_TO</c> relationships between the two elements (competences, roles or
/// standards, all labelled <c>:Element</c>) they connect, keyed by <see cref="Mapping.Key"/>, with the
/// record's JSON in <c>body</c> and its dataset in <c>dataset</c>. A relationship needs both ends, so
/// a mapping whose end is not in the graph is refused rather than silently dropped.
/// </summary>
internal sealed class MappingKind : IRecordKind
{
    public Domain.Model.IRecordKind Kind => Domain.Model.RecordKinds.Mappings;

    public string Name => Domain.Model.RecordKinds.Mappings.PluralName;

    public IReadOnlyList<string> SchemaStatements { get; } =
        ["CREATE CONSTRAINT maps_to_key IF NOT EXISTS FOR ()-[m:MAPS_TO]-() REQUIRE m.key IS UNIQUE"];

    public string UpsertStatement =>
        """
        UNWIND $rows AS row
        MATCH (a:Element {id: row.source})
        MATCH (b:Element {id: row.target})
        MERGE (a)-[m:MAPS_TO {key: row.key}]->(b)
        SET m = row.props
        RETURN count(m) AS written
        """;

    public string PageStatement(bool first) =>
        $"MATCH ()-[m:MAPS_TO]->(){(first ? "" : " WHERE m.key > $afterKey")} " +
        "RETURN m.key AS recordKey, m.dataset AS dataset, m.body AS body ORDER BY m.key LIMIT $pageSize";

    public IEnumerable<KeyedRow> Rows(Dataset dataset) => dataset.Mappings.Select(m => new KeyedRow(m.Key, new Dictionary<string, object?>
    {
        ["key"] = m.Key,
        ["source"] = m.Source,
        ["target"] = m.Target,
        ["props"] = new Dictionary<string, object?>
        {
            ["key"] = m.Key,
            ["dataset"] = dataset.Info.Id,
            ["body"] = RecordJson.Of(m),
            ["source"] = m.Source,
            ["target"] = m.Target,
            ["relationship"] = GraphCypher.Word(m.Relationship),
            ["strength"] = m.Strength,
            ["rationale"] = GraphCypher.Word(m.Rationale),
            ["correspondence"] = GraphCypher.Word(m.Correspondence),
            ["status"] = GraphCypher.Word(m.Status),
            ["author"] = m.Author,
            ["note"] = m.Note,
        },
    }));

    public Dataset Assign(Dataset dataset, IEnumerable<string> bodies) => Kind.Restored(dataset, bodies);
}
