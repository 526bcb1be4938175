using System.Text.Json;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Contract;
using CyberSkillsGraph.Storage.Neo4j.Graph;
using static CyberSkillsGraph.Storage.Neo4j.Tests.Protocol.QueryApiResponses;
using RecordKinds = CyberSkillsGraph.Storage.Neo4j.Graph.RecordKinds;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>
/// Protocol tests of the requests the store sends to set up and to write, through the HTTP client,
/// against scripted answers (no database): schema statements, one write transaction, retries.
/// </summary>
public sealed class GraphStoreWriteProtocolTests
{
    private const string TxPath = "/db/neo4j/query/v2/tx/tx1";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The upsert statement of a record kind, found by name so that reordering the kinds cannot point a test at another kind.</summary>
    private static string Upsert(string kind) => RecordKinds.All.Single(k => k.Name == kind).UpsertStatement;

    private static Dataset Regions(string id, params Region[] regions) => new(new DatasetInfo(id, "Regions", "test")) { Regions = regions };

    [Fact]
    public async Task Initialize_WhenCalled_ThenCreatesEachConstraintAndIndexIfNotExistsAndThenTheRevisionNode()
    {
        var api = new ScriptedQueryApi();

        await api.Store().InitializeAsync(Cancel);

        var statements = api.Requests.Select(r => r.Statement).ToList();
        Assert.All(api.Requests, r => Assert.Equal(("POST", "/db/neo4j/query/v2"), (r.Method, r.Path)));
        Assert.All(api.Requests, r => Assert.False(r.Body.TryGetProperty("accessMode", out _)));
        Assert.All(statements[..^1], s => Assert.Matches(@"^CREATE (CONSTRAINT \w+ IF NOT EXISTS FOR .* REQUIRE .* IS UNIQUE|INDEX \w+ IF NOT EXISTS FOR)", s));
        foreach (var expected in new[]
        {
            "FOR (n:Region) REQUIRE n.code IS UNIQUE", "FOR (n:Framework) REQUIRE n.id IS UNIQUE", "FOR (n:Competence) REQUIRE n.id IS UNIQUE",
            "FOR (n:Role) REQUIRE n.id IS UNIQUE", "FOR (n:Standard) REQUIRE n.id IS UNIQUE", "FOR (n:Provider) REQUIRE n.id IS UNIQUE",
            "FOR (n:TrainingProgramme) REQUIRE n.id IS UNIQUE", "FOR (n:DemandEntry) REQUIRE n.key IS UNIQUE",
            "FOR (n:Dataset) REQUIRE n.id IS UNIQUE", "FOR (n:Revision) REQUIRE n.id IS UNIQUE",
            "FOR ()-[m:MAPS_TO]-() REQUIRE m.key IS UNIQUE", "FOR (n:Element) ON (n.id)",
        })
            Assert.Single(statements, s => s.EndsWith(expected, StringComparison.Ordinal));
        Assert.Equal("MERGE (r:Revision {id: 'graph'}) ON CREATE SET r.value = 0", statements[^1]);
    }

    [Fact]
    public async Task Apply_WhenADatasetIsWritten_ThenOneTransactionLocksTheRevisionWritesBatchesSetsTheRevisionAndCommits()
    {
        var api = new ScriptedQueryApi { Revision = 4 };
        var dataset = Regions("geo", new Region("EU", "European Union", null), new Region("DE", "Germany", "EU"), new Region("FR", "France", "EU", "note"));
        var reported = new List<int>();

        var revision = await api.Store(o => o.BatchSize = 2).ApplyAsync(new ChangeSet([dataset]), new SyncProgress(reported.Add), Cancel);

        Assert.Equal(5, revision);
        var requests = api.Requests;
        Assert.Equal(
            [("POST", "/db/neo4j/query/v2/tx"), ("POST", TxPath), ("POST", TxPath), ("POST", TxPath), ("POST", TxPath), ("POST", TxPath), ("POST", TxPath + "/commit")],
            requests.Select(r => (r.Method, r.Path)));
        Assert.Equal(GraphCypher.LockRevision, requests[0].Statement);
        Assert.All(requests.Skip(1), r => Assert.Equal(Affinity, r.Header("neo4j-cluster-affinity")));
        Assert.All(requests, r => Assert.Equal("Basic bmVvNGo6c2VjcmV0LXBhc3N3b3Jk", r.Header("Authorization")));

        Assert.Equal(GraphCypher.UpsertDatasets, requests[1].Statement);
        var datasetRow = Assert.Single(requests[1].Parameters.GetProperty("rows").EnumerateArray());
        Assert.Equal(("geo", "Regions", "test"), (datasetRow.GetProperty("id").GetString(), datasetRow.GetProperty("title").GetString(), datasetRow.GetProperty("source").GetString()));
        Assert.Equal("""{"id":"geo","title":"Regions","source":"test"}""", datasetRow.GetProperty("body").GetString());

        var regionStatement = Upsert("regions");
        Assert.Equal(regionStatement, requests[2].Statement);
        Assert.StartsWith("UNWIND $rows AS row\nMERGE (n:Region {code: row.key})", regionStatement);
        var batches = new[] { requests[2], requests[3] }.Select(r => r.Parameters.GetProperty("rows").EnumerateArray().ToList()).ToList();
        Assert.Equal([2, 1], batches.Select(b => b.Count));
        var france = batches.SelectMany(b => b).Single(r => r.GetProperty("key").GetString() == "FR");
        Assert.Equal("geo", france.GetProperty("dataset").GetString());
        var props = france.GetProperty("props");
        Assert.Equal(("FR", "geo", "France", "EU", "note"),
            (props.GetProperty("code").GetString(), props.GetProperty("dataset").GetString(), props.GetProperty("name").GetString(),
             props.GetProperty("parent").GetString(), props.GetProperty("note").GetString()));
        Assert.Equal("""{"code":"FR","name":"France","parent":"EU","note":"note"}""", props.GetProperty("body").GetString());
        Assert.Equal("""[{"target":"EU","level":null}]""", france.GetProperty("rels").GetProperty("PART_OF").GetRawText());

        Assert.Equal(GraphCypher.RecordChange, requests[4].Statement);
        var change = requests[4].Parameters;
        Assert.Equal((5L, 5L - ChangeLog.KeptRevisions), (change.GetProperty("revision").GetInt64(), change.GetProperty("prunedThrough").GetInt64()));
        StoreAssert.SameRecords(dataset, Assert.Single(ChangeLog.Parse(change.GetProperty("body").GetString()!)));

        Assert.Equal(GraphCypher.SetRevision, requests[5].Statement);
        Assert.Equal(5, requests[5].Parameters.GetProperty("value").GetInt64());
        Assert.False(requests[6].HasBody);
        Assert.Equal([2, 3, 3], reported);
    }

    [Fact]
    public async Task Apply_WhenTheChangeSetIsTooLargeToKeep_ThenItsChangeIsRecordedWithoutABody()
    {
        var api = new ScriptedQueryApi { Revision = 1 };

        await api.Store().ApplyAsync(new ChangeSet([StoreTestData.ManyRegions(ChangeLog.MaxRecords + 1)]), null, Cancel);

        var change = api.Requests.Single(r => r.HasBody && r.Statement == GraphCypher.RecordChange).Parameters;
        Assert.Equal((2L, JsonValueKind.Null), (change.GetProperty("revision").GetInt64(), change.GetProperty("body").ValueKind));
    }

    [Fact]
    public async Task Apply_WhenAKeyIsWrittenTwice_ThenOnlyItsLastVersionIsSent()
    {
        var api = new ScriptedQueryApi();
        var first = Regions("a", new Region("JP", "Japan (old)", null), new Region("KR", "Korea", null));
        var second = Regions("b", new Region("JP", "Japan", null));

        await api.Store().ApplyAsync(new ChangeSet([first, second]), null, Cancel);

        var rows = api.Requests.Single(r => r.Path == TxPath && r.Statement == Upsert("regions"))
            .Parameters.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["JP", "KR"], rows.Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(("b", "Japan"), (rows[0].GetProperty("dataset").GetString(), rows[0].GetProperty("props").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Apply_WhenAChildRegionComesBeforeItsParent_ThenTheParentIsWrittenFirst()
    {
        var api = new ScriptedQueryApi();
        var dataset = Regions("geo", new Region("TOKYO", "Tokyo", "JP"), new Region("JP", "Japan", "ASIA"), new Region("ASIA", "Asia", null));

        await api.Store(o => o.BatchSize = 1).ApplyAsync(new ChangeSet([dataset]), null, Cancel);

        var keys = api.Requests.Where(r => r.Path == TxPath && r.Statement == Upsert("regions"))
            .Select(r => Assert.Single(r.Parameters.GetProperty("rows").EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal(["ASIA", "JP", "TOKYO"], keys);
    }

    [Fact]
    public async Task Apply_WhenEveryKindIsWritten_ThenEachKindHasOneUpsertWithItsLinks()
    {
        var api = new ScriptedQueryApi();
        var example = StoreTestData.WorkedExample with
        {
            Standards = [new Standard("ISO/IEC 27001:2022", "ISMS", "ISO/IEC", null, "standard", "2022-10-25")],
            Mappings = [new Mapping("ECF:D.1", Relationship.SubsetOf, "ECF:E.3", 6, Rationale.Semantic, null, MappingStatus.Approved, "test")],
        };

        await api.Store().ApplyAsync(new ChangeSet([example]), null, Cancel);

        var upserts = api.Requests.Where(r => r.Path == TxPath).Select(r => r.Statement).ToList();
        foreach (var kind in RecordKinds.All) Assert.Contains(kind.UpsertStatement, upserts);
        var role = api.Requests.Single(r => r.Path == TxPath && r.Statement.Contains("MERGE (n:Role", StringComparison.Ordinal));
        Assert.Contains("SET n = row.props, n:Element", role.Statement);
        Assert.Contains("MATCH (n)-[old:FROM_DATASET|IN_FRAMEWORK|REQUIRES]->() DELETE old", role.Statement);
        Assert.Contains("CREATE (n)-[:REQUIRES {level: link.level}]->(t)", role.Statement);
        var firstRole = StoreTestData.WorkedExample.Roles[0];
        var sent = role.Parameters.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == firstRole.Id);
        Assert.Equal(firstRole.Requires.Select(q => (q.Competence, q.Level)),
            sent.GetProperty("rels").GetProperty("REQUIRES").EnumerateArray().Select(l => (l.GetProperty("target").GetString()!, l.GetProperty("level").GetInt32())));
        var mapping = api.Requests.Single(r => r.Path == TxPath && r.Statement == Upsert("mappings"));
        var firstMapping = example.Mappings[0];
        var mappingRow = mapping.Parameters.GetProperty("rows")[0];
        Assert.Equal((firstMapping.Key, firstMapping.Source, firstMapping.Target),
            (mappingRow.GetProperty("key").GetString(), mappingRow.GetProperty("source").GetString(), mappingRow.GetProperty("target").GetString()));
        Assert.Equal(("subset_of", "semantic", "ECF:D.1 -> ECF:E.3"), (mappingRow.GetProperty("props").GetProperty("relationship").GetString(),
            mappingRow.GetProperty("props").GetProperty("rationale").GetString(), mappingRow.GetProperty("props").GetProperty("key").GetString()));
        var standard = api.Requests.Single(r => r.Path == TxPath && r.Statement == Upsert("standards")).Parameters.GetProperty("rows")[0];
        Assert.Equal("ISO/IEC", standard.GetProperty("props").GetProperty("publisher").GetString());
    }

    [Fact]
    public async Task Apply_WhenTheExpectedRevisionIsStale_ThenItRollsBackWithoutWritingAndThrowsRevisionConflict()
    {
        var api = new ScriptedQueryApi { Revision = 3 };

        var conflict = await Assert.ThrowsAsync<RevisionConflictException>(() =>
            api.Store().ApplyAsync(new ChangeSet([Regions("geo", new Region("JP", "Japan", null))], ExpectedRevision: 2), null, Cancel));

        Assert.Equal((2L, 3L), (conflict.Expected, conflict.Actual));
        Assert.Equal([("POST", "/db/neo4j/query/v2/tx"), ("DELETE", TxPath)], api.Requests.Select(r => (r.Method, r.Path)));
        Assert.Equal(Affinity, api.Requests[1].Header("neo4j-cluster-affinity"));
    }

    [Fact]
    public async Task Apply_WhenATransientErrorInterruptsTheTransaction_ThenTheWholeTransactionIsRetriedFromItsStart()
    {
        var api = new ScriptedQueryApi { Revision = 1 };
        var failures = 1;
        api.Intercept = r => r.Path == TxPath && r.HasBody && r.Statement == Upsert("regions") && failures-- > 0
            ? Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")
            : null;

        var revision = await api.Store().ApplyAsync(new ChangeSet([Regions("geo", new Region("JP", "Japan", null))]), null, Cancel);

        Assert.Equal(2, revision);
        Assert.Equal(2, api.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Equal(1, api.Requests.Count(r => r.Method == "DELETE"));
        Assert.Equal(1, api.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Apply_WhenANonTransientErrorOccurs_ThenItRollsBackOnceAndIsNotRetried()
    {
        var api = new ScriptedQueryApi();
        api.Intercept = r => r.Path == TxPath && r.HasBody && r.Statement == Upsert("regions")
            ? Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists", System.Net.HttpStatusCode.BadRequest)
            : null;

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            api.Store().ApplyAsync(new ChangeSet([Regions("geo", new Region("JP", "Japan", null))]), null, Cancel));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(1, api.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Equal(("DELETE", TxPath), (api.Requests[^1].Method, api.Requests[^1].Path));
        Assert.DoesNotContain(api.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_WhenAMappingEndIsNotInTheGraph_ThenItRollsBackAndSaysSo()
    {
        var api = new ScriptedQueryApi();
        api.Intercept = r => r.Path == TxPath && r.HasBody && r.Statement == Upsert("mappings") ? Written(0) : null;
        var mapping = new Mapping("A:1", Relationship.Equal, "B:1", 10, null, null, MappingStatus.Approved, null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            api.Store().ApplyAsync(new ChangeSet([new Dataset(new DatasetInfo("m", "M", "test")) { Mappings = [mapping] }]), null, Cancel));

        Assert.Contains("0 of 1 mappings", error.Message);
        Assert.Equal("DELETE", api.Requests[^1].Method);
    }

    [Fact]
    public async Task Apply_WhenCancelledAfterABatch_ThenItRollsBackAndThrowsOperationCanceled()
    {
        var api = new ScriptedQueryApi();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.Store(o => o.BatchSize = 1000)
            .ApplyAsync(new ChangeSet([StoreTestData.ManyRegions(2500)]), new SyncProgress(_ => cancellation.Cancel()), cancellation.Token));

        Assert.Equal("DELETE", api.Requests[^1].Method);
        Assert.DoesNotContain(api.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_WhenAuditEntriesCome_ThenTheyAreCreatedInTheTransactionWithTheNewRevision()
    {
        var api = new ScriptedQueryApi { Revision = 9 };
        var at = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(2));
        var audit = new AuditEntry(0, at, "alice", "create", "region", "JP", null, """{"code":"JP"}""");

        await api.Store().ApplyAsync(new ChangeSet([Regions("geo", new Region("JP", "Japan", null))], Audit: [audit]), null, Cancel);

        var create = api.Requests.Single(r => r.HasBody && r.Path == TxPath && r.Statement == GraphCypher.CreateAuditEntries);
        var row = Assert.Single(create.Parameters.GetProperty("rows").EnumerateArray());
        Assert.Equal((10L, 0, "2026-05-01T12:00:00.0000000+02:00", "alice", "JP", JsonValueKind.Null),
            (row.GetProperty("revision").GetInt64(), row.GetProperty("position").GetInt32(), row.GetProperty("at").GetString(),
             row.GetProperty("actor").GetString(), row.GetProperty("key").GetString(), row.GetProperty("before").ValueKind));
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
