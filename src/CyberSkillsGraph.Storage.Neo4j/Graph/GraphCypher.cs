using System.Globalization;
using System.Text;
using System.Text.Json;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>The statements that are not about one record kind: the revision, the datasets, shared indexes.</summary>
internal static class GraphCypher
{
    /// <summary>Constraints and indexes besides the record kinds' own; all idempotent.</summary>
    public static readonly IReadOnlyList<string> SchemaStatements =
    [
        "CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE",
        // Mappings find their ends by id without knowing their kind.
        "CREATE INDEX element_id IF NOT EXISTS FOR (n:Element) ON (n.id)",
        "CREATE INDEX audit_revision IF NOT EXISTS FOR (n:AuditEntry) ON (n.revision)",
        "CREATE INDEX audit_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor)",
        "CREATE INDEX audit_key IF NOT EXISTS FOR (n:AuditEntry) ON (n.key)",
        "CREATE CONSTRAINT change_revision IF NOT EXISTS FOR (n:Change) REQUIRE n.revision IS UNIQUE",
    ];

    public const string CreateRevision = "MERGE (r:Revision {id: 'graph'}) ON CREATE SET r.value = 0";

    public const string ReadRevision = "OPTIONAL MATCH (r:Revision {id: 'graph'}) RETURN coalesce(r.value, 0) AS revision";

    /// <summary>
    /// The first statement of every write: writing a property takes the revision node's write lock,
    /// held to the end of the transaction, so writers queue here and each reads the revision that the
    /// previous one committed (Neo4j reads committed data; this is its documented way to serialise).
    /// </summary>
    public const string LockRevision =
        "MERGE (r:Revision {id: 'graph'}) ON CREATE SET r.value = 0 SET r._lock = true RETURN r.value AS revision";

    /// <summary>The last statement of every write, in the same transaction as the change.</summary>
    public const string SetRevision =
        "MATCH (r:Revision {id: 'graph'}) SET r.value = $value REMOVE r._lock RETURN r.value AS revision";

    /// <summary>Upserts datasets; a new one is numbered after every stored one so that loads keep first-import order.</summary>
    public const string UpsertDatasets =
        """
        OPTIONAL MATCH (existing:Dataset)
        WITH coalesce(max(existing.seq), 0) AS top
        UNWIND range(0, size($rows) - 1) AS i
        WITH top, i, $rows[i] AS row
        MERGE (d:Dataset {id: row.id})
        ON CREATE SET d.seq = top + i + 1
        SET d.title = row.title, d.source = row.source, d.licence = row.licence, d.note = row.note, d.body = row.body
        RETURN count(*) AS written
        """;

    /// <summary>Audit entries are written in the change's transaction; <c>position</c> keeps their order within it.</summary>
    public const string CreateAuditEntries =
        """
        UNWIND $rows AS row
        CREATE (a:AuditEntry)
        SET a = row
        RETURN count(*) AS written
        """;

    public const string ReadAudit =
        """
        MATCH (a:AuditEntry)
        WHERE ($actor IS NULL OR a.actor = $actor) AND ($recordKey IS NULL OR a.key = $recordKey)
          AND ($beforeRevision IS NULL OR a.revision < $beforeRevision)
        RETURN a.revision AS revision, a.at AS happenedAt, a.actor AS actor, a.action AS action, a.kind AS kind,
               a.key AS recordKey, a.before AS beforeJson, a.after AS afterJson
        ORDER BY a.revision DESC, a.position DESC
        SKIP $skip
        LIMIT $pageSize
        """;

    /// <summary>
    /// Keeps what a write changed, in its transaction, for replicas to catch up (<c>body</c> is left out when the change
    /// set is too large to keep), and deletes the revisions the change log no longer keeps.
    /// </summary>
    public const string RecordChange =
        """
        CREATE (c:Change {revision: $revision})
        SET c.body = $body
        WITH c
        MATCH (old:Change) WHERE old.revision <= $prunedThrough
        DELETE old
        """;

    /// <summary>What each revision after the caller's changed, up to the revision read just before.</summary>
    public const string LoadChanges =
        """
        MATCH (c:Change) WHERE c.revision > $sinceRevision AND c.revision <= $untilRevision
        RETURN c.revision AS revision, c.body AS body
        ORDER BY c.revision
        """;

    public const string CountAudit =
        """
        MATCH (a:AuditEntry)
        WHERE ($actor IS NULL OR a.actor = $actor) AND ($recordKey IS NULL OR a.key = $recordKey)
          AND ($beforeRevision IS NULL OR a.revision < $beforeRevision)
        RETURN count(a) AS total
        """;

    public const string LoadDatasets = "MATCH (d:Dataset) RETURN d.id AS id, d.body AS body ORDER BY d.seq, d.id";

    public static IReadOnlyDictionary<string, object?> DatasetRow(DatasetInfo info) => new Dictionary<string, object?>
    {
        ["id"] = info.Id,
        ["title"] = info.Title,
        ["source"] = info.Source,
        ["licence"] = info.Licence,
        ["note"] = info.Note,
        ["body"] = RecordJson.Of(info),
    };

    public static IReadOnlyDictionary<string, object?> AuditRow(AuditEntry entry, long revision, int position) => new Dictionary<string, object?>
    {
        ["revision"] = revision,
        ["position"] = position,
        // Round-trip text, as the SQLite store keeps it: exact, and it sorts by time within one offset.
        ["at"] = entry.At.ToString("O", CultureInfo.InvariantCulture),
        ["actor"] = entry.Actor,
        ["action"] = entry.Action,
        ["kind"] = entry.Kind,
        ["key"] = entry.Key,
        ["before"] = entry.Before,
        ["after"] = entry.After,
    };

    /// <summary>The word an enum value has in dataset documents ("subset_of"), for a readable property.</summary>
    public static string? Word<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(v)) : null;

    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => Word((TEnum?)value)!;

    public static string SnakeCase(string label)
    {
        var text = new StringBuilder();
        foreach (var c in label)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
