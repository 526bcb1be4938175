using System.Text.Json;
using System.Text.RegularExpressions;
using CyberSkillsGraph.Api.Tests.Hardening;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Contract;
using CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Graph;

/// <summary>
/// Every Cypher statement the store sends (recorded while it sets up, writes every kind of record, loads them page by
/// page and reads the audit trail against scripted answers) and every query in docs/neo4j.md passes Neo4j's own
/// linter, <c>lintCypherQuery</c> of @neo4j-cypher/language-support (pinned in tests/cypher-lint), with no diagnostic.
/// </summary>
public sealed partial class CypherLintTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lint_WhenEveryStatementTheStoreSendsAndEveryDocumentedQueryIsLinted_ThenThereIsNoErrorOrWarning()
    {
        var root = RepoRoot.Find();
        var lintFolder = Path.Combine(root, "tests", "cypher-lint");
        if (!Directory.Exists(Path.Combine(lintFolder, "node_modules", "@neo4j-cypher", "language-support")))
            Assert.Skip("tests/cypher-lint/node_modules is missing: building this test project installs it with npm, which was not on PATH " +
                "(or the build had -p:SkipCypherLintInstall=true).");
        var node = NodeRunner.Find();
        if (node is null) Assert.Skip("Node.js is not on PATH.");

        var statements = (await StoreStatementsAsync()).Select(s => new { source = "store", statement = s.Statement, parameters = s.Parameters })
            .Concat(DocumentedQueries(Path.Combine(root, "docs", "neo4j.md")).Select(s => new { source = "docs/neo4j.md", statement = s, parameters = default(JsonElement?) }))
            .ToList();
        var input = Path.Combine(Path.GetTempPath(), $"cypher-lint-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements), Cancel);
        try
        {
            var (exitCode, stdout, stderr) = await NodeRunner.RunAsync(node, [Path.Combine(lintFolder, "lint.mjs"), input], TimeSpan.FromMinutes(2));

            Assert.True(exitCode == 0, stderr);
            var findings = JsonDocument.Parse(stdout).RootElement.EnumerateArray()
                .Select(f => $"{f.GetProperty("source").GetString()}: {f.GetProperty("severity").GetString()} {f.GetProperty("message").GetString()}\n  in: {f.GetProperty("statement").GetString()}")
                .ToList();
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task Statements_WhenCollected_ThenEveryKindOfStatementAndTheDocumentedQueriesAreAmongThem()
    {
        var statements = (await StoreStatementsAsync()).Select(s => s.Statement).ToList();

        // The linter can only vouch for what was recorded: set-up, every kind written and read in pages, the audit trail.
        foreach (var expected in new[] { "CREATE CONSTRAINT", "MERGE (r:Revision", "UNWIND $rows", "MAPS_TO", "TrainingProgramme", "DemandEntry", "Standard", "$afterKey", "AuditEntry", "(c:Change)", "$sinceRevision" })
            Assert.Contains(statements, s => s.Contains(expected, StringComparison.Ordinal));
        Assert.True(DocumentedQueries(Path.Combine(RepoRoot.Find(), "docs", "neo4j.md")).Count() >= 5);
    }

    /// <summary>The distinct statements the store sends for set-up, writes of every kind (with audit), paged loads, audit reads and the revision, each with the parameters it was first sent with.</summary>
    private static async Task<IReadOnlyList<(string Statement, JsonElement? Parameters)>> StoreStatementsAsync()
    {
        var api = new ScriptedQueryApi { Revision = 1 };
        var dataset = StoreTestData.WorkedExample with
        {
            Standards = [new Standard("ISO-TEST", "A standard", "ISO", null, "standard", "2022")],
            Mappings = [new Mapping(StoreTestData.WorkedExample.Competences[0].Id, Relationship.SubsetOf, StoreTestData.WorkedExample.Competences[1].Id, 6, Rationale.Semantic, null, MappingStatus.Approved, "tester")],
        };
        var store = api.Store(o => o.PageSize = 1);
        await store.InitializeAsync(Cancel);
        var audit = new AuditEntry(0, DateTimeOffset.UnixEpoch, "tester", "setDemand", "demand", "k", null, "{}");
        await store.ApplyAsync(new ChangeSet([dataset], 1, [audit]), null, Cancel);

        // Two stored records of every kind, so that loads ask for a second page.
        api.Datasets.Add((dataset.Info.Id, RecordJson.Of(dataset.Info)));
        foreach (var label in new[] { "Region", "Framework", "Competence", "Role", "Standard", "MAPS_TO", "Provider", "TrainingProgramme", "DemandEntry" })
            api.Records[label] = [];
        Fill("Region", dataset.Regions, r => r.Code);
        Fill("Framework", dataset.Frameworks, f => f.Id);
        Fill("Competence", dataset.Competences, c => c.Id);
        Fill("Role", dataset.Roles, r => r.Id);
        Fill("Standard", dataset.Standards, s => s.Id);
        Fill("MAPS_TO", dataset.Mappings, m => m.Key);
        Fill("Provider", dataset.Providers, p => p.Id);
        Fill("TrainingProgramme", dataset.TrainingProgrammes, p => p.Id);
        Fill("DemandEntry", dataset.Demand, e => e.Key);
        await store.LoadAsync(Cancel);
        await store.GetRevisionAsync(Cancel);
        await store.LoadChangesAsync(0, Cancel);
        await store.ReadAuditAsync(new AuditQuery(), Cancel);
        await store.ReadAuditAsync(new AuditQuery(Actor: "tester", Key: "k", BeforeRevision: 5, Limit: 10, Skip: 2), Cancel);
        await store.CountAuditAsync(new AuditQuery(Actor: "tester", Key: "k", BeforeRevision: 5), Cancel);

        return [.. api.Requests.Where(r => r.HasBody && r.Body.TryGetProperty("statement", out _))
            .DistinctBy(r => r.Statement)
            .Select(r => (r.Statement, r.Body.TryGetProperty("parameters", out var p) ? p : (JsonElement?)null))];

        void Fill<T>(string label, IReadOnlyList<T> records, Func<T, string> key) =>
            api.Records[label].AddRange(records.Select(r => (key(r), dataset.Info.Id, RecordJson.Of(r))));
    }

    /// <summary>The queries in the doc's ```cypher blocks, split at semicolons that end a statement.</summary>
    private static IEnumerable<string> DocumentedQueries(string path) =>
        CypherBlock().Matches(File.ReadAllText(path))
            .SelectMany(m => m.Groups[1].Value.Split(";\n"))
            .Select(q => q.Trim().TrimEnd(';'))
            .Where(q => q.Length > 0);

    [GeneratedRegex(@"```cypher\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CypherBlock();
}
