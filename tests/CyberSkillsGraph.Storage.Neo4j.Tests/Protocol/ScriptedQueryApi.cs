using System.Text.RegularExpressions;
using CyberSkillsGraph.Storage.Neo4j.Graph;
using static CyberSkillsGraph.Storage.Neo4j.Tests.Protocol.QueryApiResponses;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>
/// Scripted answers to the requests the store sends, shaped as the Query API documents them: the
/// revision, pages of stored records and any failure a test injects. It runs no Cypher and is no
/// database; it lets protocol tests check what the store sends and how it reads the answers.
/// </summary>
internal sealed partial class ScriptedQueryApi
{
    public ScriptedQueryApi() => Handler = new StubHandler(Respond);

    public StubHandler Handler { get; }

    public long Revision { get; set; }

    /// <summary>Stored datasets, in first-import order: (id, body).</summary>
    public List<(string Id, string Body)> Datasets { get; } = [];

    /// <summary>Stored records by label (or MAPS_TO): (key, dataset, body).</summary>
    public Dictionary<string, List<(string Key, string Dataset, string Body)>> Records { get; } = [];

    /// <summary>Kept change sets: (revision, body or null when too large to keep).</summary>
    public List<(long Revision, string? Body)> Changes { get; } = [];

    /// <summary>Answers a request first when it returns a response; null lets the script answer.</summary>
    public Func<RecordedRequest, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>The statements sent, in order, each with its path.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Handler.Requests;

    public Neo4jGraphStore Store(Action<Neo4jStoreOptions>? configure = null, Microsoft.Extensions.Logging.ILogger<Neo4jGraphStore>? logger = null)
    {
        var options = new Neo4jStoreOptions { Uri = new Uri("http://neo4j.test:7474"), User = "neo4j", Password = "secret-password", RetryDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        return new Neo4jGraphStore(new HttpClient(Handler), options, logger);
    }

    private HttpResponseMessage Respond(RecordedRequest request)
    {
        if (Intercept?.Invoke(request) is { } custom) return custom;
        if (request.Method == "DELETE") return NoBody();
        if (request.Path.EndsWith("/commit", StringComparison.Ordinal)) return Committed();
        if (request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)) return Begin("tx1", ["revision"], [Revision]);

        var statement = request.Statement;
        if (statement == GraphCypher.SetRevision) return Rows(["revision"], [request.Parameters.GetProperty("value").GetInt64()]);
        if (statement.Contains("$rows", StringComparison.Ordinal)) return Written(request.Parameters.GetProperty("rows").GetArrayLength());
        if (statement == GraphCypher.ReadRevision) return Rows(["revision"], [Revision]);
        if (statement == GraphCypher.LoadChanges) return LoadChanges(request.Parameters);
        if (statement == GraphCypher.LoadDatasets) return Rows(["id", "body"], [.. Datasets.Select(d => new object?[] { d.Id, d.Body })]);
        if (PageLabel().Match(statement) is { Success: true } page) return Page(request, page.Groups[1].Value + page.Groups[2].Value);
        if (statement == GraphCypher.ReadAudit) return Rows(["revision", "happenedAt", "actor", "action", "kind", "recordKey", "beforeJson", "afterJson"]);
        if (statement == GraphCypher.CountAudit) return Rows(["total"], [0L]);
        return Rows([]);
    }

    private HttpResponseMessage LoadChanges(System.Text.Json.JsonElement parameters)
    {
        var (since, until) = (parameters.GetProperty("sinceRevision").GetInt64(), parameters.GetProperty("untilRevision").GetInt64());
        return Rows(["revision", "body"], [.. Changes.Where(c => c.Revision > since && c.Revision <= until).OrderBy(c => c.Revision)
            .Select(c => new object?[] { c.Revision, c.Body })]);
    }

    private HttpResponseMessage Page(RecordedRequest request, string label)
    {
        var parameters = request.Parameters;
        var after = parameters.TryGetProperty("afterKey", out var a) ? a.GetString() : null;
        var limit = parameters.GetProperty("pageSize").GetInt32();
        var rows = Records.GetValueOrDefault(label, [])
            .Where(r => after is null || string.CompareOrdinal(r.Key, after) > 0)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(r => new object?[] { r.Key, r.Dataset, r.Body })
            .ToArray();
        return Rows(["recordKey", "dataset", "body"], rows);
    }

    [GeneratedRegex(@"^MATCH (?:\(n:(\w+)\)|\(\)-\[m:(MAPS_TO)\]->\(\))")]
    private static partial Regex PageLabel();
}
