using System.Text.Json;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Neo4j.Graph;
using static CyberSkillsGraph.Storage.Neo4j.Tests.Protocol.QueryApiResponses;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>
/// Protocol tests of the requests the store sends to read, through the HTTP client, against
/// scripted answers (no database): paged loads at one revision, the revision, the audit trail.
/// </summary>
public sealed class GraphStoreReadProtocolTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_WhenRecordsSpanSeveralPages_ThenEachPageIsReadAfterTheLastKeyWithAccessModeRead()
    {
        var api = new ScriptedQueryApi { Revision = 2 };
        api.Datasets.Add(("geo", """{"id":"geo","title":"Regions","source":"test"}"""));
        api.Records["Region"] = [.. new[] { "DE", "EU", "FR", "JP", "KR" }.Select(code =>
            (code, "geo", RecordJson.Of(new Region(code, code, null))))];

        var content = await api.Store(o => o.PageSize = 2).LoadAsync(Cancel);

        Assert.Equal(2, content.Revision);
        Assert.Equal(["DE", "EU", "FR", "JP", "KR"], Assert.Single(content.Datasets).Regions.Select(r => r.Code));
        Assert.All(api.Requests, r => Assert.Equal(("POST", "/db/neo4j/query/v2", "Read"), (r.Method, r.Path, r.Body.GetProperty("accessMode").GetString())));
        var pages = api.Requests.Where(r => r.Statement.StartsWith("MATCH (n:Region)", StringComparison.Ordinal)).ToList();
        Assert.Equal([null, "EU", "JP"], pages.Select(p => p.Parameters.TryGetProperty("afterKey", out var after) ? after.GetString() : null));
        Assert.All(pages, p => Assert.Equal(2, p.Parameters.GetProperty("pageSize").GetInt32()));
        Assert.Equal("MATCH (n:Region) RETURN n.code AS recordKey, n.dataset AS dataset, n.body AS body ORDER BY n.code LIMIT $pageSize", pages[0].Statement);
        Assert.Contains("WHERE n.code > $afterKey", pages[1].Statement);
        Assert.Equal(GraphCypher.ReadRevision, api.Requests[0].Statement);
        Assert.Equal(GraphCypher.ReadRevision, api.Requests[^1].Statement);
    }

    [Fact]
    public async Task LoadChanges_WhenTheLogHoldsEveryRevisionSinceTheCallers_ThenOneReadAfterTheRevisionReturnsThemInOrder()
    {
        var api = new ScriptedQueryApi { Revision = 7 };
        var late = new Dataset(new DatasetInfo("late", "Late", "test")) { Regions = [new Region("JP", "Japan", null)] };
        var other = new Dataset(new DatasetInfo("other", "Other", "test")) { Regions = [new Region("KR", "Korea", null)] };
        api.Changes.AddRange([(4, ChangeLog.Body([other])), (6, ChangeLog.Body([late])), (7, ChangeLog.Body([other]))]);

        var changes = (await api.Store().LoadChangesAsync(5, Cancel))!;

        Assert.Equal([6L, 7L], changes.Select(c => c.Revision));
        Assert.Equal("JP", Assert.Single(Assert.Single(changes[0].Upserts).Regions).Code);
        Assert.Equal([GraphCypher.ReadRevision, GraphCypher.LoadChanges], api.Requests.Select(r => r.Statement));
        Assert.All(api.Requests, r => Assert.Equal("Read", r.Body.GetProperty("accessMode").GetString()));
        var parameters = api.Requests[1].Parameters;
        Assert.Equal((5L, 7L), (parameters.GetProperty("sinceRevision").GetInt64(), parameters.GetProperty("untilRevision").GetInt64()));
    }

    [Fact]
    public async Task LoadChanges_WhenARevisionIsMissingOrWasTooLargeToKeep_ThenItIsNullSoTheCallerLoadsEverything()
    {
        var api = new ScriptedQueryApi { Revision = 7 };
        var late = new Dataset(new DatasetInfo("late", "Late", "test")) { Regions = [new Region("JP", "Japan", null)] };
        api.Changes.AddRange([(5, null), (7, ChangeLog.Body([late]))]);
        var store = api.Store();

        Assert.Null(await store.LoadChangesAsync(5, Cancel));
        Assert.Null(await store.LoadChangesAsync(4, Cancel));
        Assert.Single((await store.LoadChangesAsync(6, Cancel))!);
    }

    [Fact]
    public async Task LoadChanges_WhenTheCallerIsTooFarBehindOrAhead_ThenOnlyTheRevisionIsRead()
    {
        var api = new ScriptedQueryApi { Revision = ChangeLog.KeptRevisions + 10 };
        var store = api.Store();

        Assert.Null(await store.LoadChangesAsync(9, Cancel));
        Assert.Null(await store.LoadChangesAsync(ChangeLog.KeptRevisions + 11, Cancel));
        Assert.Empty((await store.LoadChangesAsync(ChangeLog.KeptRevisions + 10, Cancel))!);
        Assert.All(api.Requests, r => Assert.Equal(GraphCypher.ReadRevision, r.Statement));
    }

    [Fact]
    public async Task Load_WhenTheRevisionMovesDuringALoad_ThenItLoadsAgain()
    {
        var api = new ScriptedQueryApi { Revision = 1 };
        var moved = false;
        api.Intercept = r =>
        {
            // A write lands between the first load's pages.
            if (!moved && r.Statement == GraphCypher.LoadDatasets) (moved, api.Revision) = (true, 2);
            return null;
        };

        var content = await api.Store().LoadAsync(Cancel);

        Assert.Equal(2, content.Revision);
        Assert.Equal(2, api.Requests.Count(r => r.Statement == GraphCypher.LoadDatasets));
    }

    [Fact]
    public async Task Load_WhenAWriteAddsADatasetBetweenItsReads_ThenItLoadsAgainRatherThanFail()
    {
        var api = new ScriptedQueryApi { Revision = 1 };
        api.Records["Region"] = [("JP", "late", RecordJson.Of(new Region("JP", "Japan", null)))];
        api.Intercept = r =>
        {
            if (r.Statement != GraphCypher.LoadDatasets || api.Datasets.Count > 0) return null;
            // The first load reads the dataset list just before a write commits, and its regions after it.
            api.Revision = 2;
            api.Datasets.Add(("late", """{"id":"late","title":"Late","source":"test"}"""));
            return Rows(["id", "body"]);
        };

        var content = await api.Store().LoadAsync(Cancel);

        Assert.Equal(2, content.Revision);
        Assert.Equal("JP", Assert.Single(Assert.Single(content.Datasets).Regions).Code);
    }

    [Fact]
    public async Task Load_WhenARecordNamesAnUnknownDataset_ThenItIsRefused()
    {
        var api = new ScriptedQueryApi();
        api.Records["Region"] = [("JP", "ghost", RecordJson.Of(new Region("JP", "Japan", null)))];

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => api.Store().LoadAsync(Cancel));

        Assert.Contains("ghost", error.Message);
    }

    [Fact]
    public async Task GetRevision_WhenATransientErrorComesFirst_ThenTheReadIsRetriedAndSucceeds()
    {
        var api = new ScriptedQueryApi { Revision = 12 };
        var failures = 2;
        api.Intercept = _ => failures-- > 0 ? Error("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available") : null;

        var revision = await api.Store().GetRevisionAsync(Cancel);

        Assert.Equal(12, revision);
        Assert.Equal(3, api.Requests.Count);
        Assert.All(api.Requests, r => Assert.Equal(GraphCypher.ReadRevision, r.Statement));
    }

    [Fact]
    public async Task GetRevision_WhenANonTransientErrorComes_ThenItIsNotRetried()
    {
        var api = new ScriptedQueryApi { Intercept = _ => Error("Neo.ClientError.Security.Forbidden", "Read operations are not allowed") };

        var error = await Assert.ThrowsAsync<Neo4jException>(() => api.Store().GetRevisionAsync(Cancel));

        Assert.Equal("Neo.ClientError.Security.Forbidden", error.Code);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task GetRevision_WhenRetriesRunOut_ThenTheLastTransientErrorIsThrown()
    {
        var api = new ScriptedQueryApi { Intercept = _ => Error("Neo.TransientError.General.DatabaseUnavailable", "down") };

        var error = await Assert.ThrowsAsync<Neo4jException>(() => api.Store(o => o.MaxRetryAttempts = 3).GetRevisionAsync(Cancel));

        Assert.True(error.IsTransient);
        Assert.Equal(4, api.Requests.Count);
    }

    [Fact]
    public async Task ReadAudit_WhenFiltered_ThenSendsEveryFilterAsAParameterWithAccessModeRead()
    {
        var api = new ScriptedQueryApi
        {
            Intercept = r => r.Statement == GraphCypher.ReadAudit
                ? Rows(["revision", "happenedAt", "actor", "action", "kind", "recordKey", "beforeJson", "afterJson"],
                    [7, "2026-05-01T12:00:00.0000000+02:00", "alice", "update", "region", "JP", """{"code":"JP"}""", null])
                : null,
        };

        var entries = await api.Store().ReadAuditAsync(new AuditQuery(Actor: "alice", BeforeRevision: 8, Limit: 5000), Cancel);

        var request = Assert.Single(api.Requests);
        Assert.Equal("Read", request.Body.GetProperty("accessMode").GetString());
        Assert.Equal(("alice", JsonValueKind.Null, 8L, 1000),
            (request.Parameters.GetProperty("actor").GetString(), request.Parameters.GetProperty("recordKey").ValueKind,
             request.Parameters.GetProperty("beforeRevision").GetInt64(), request.Parameters.GetProperty("pageSize").GetInt32()));
        Assert.Equal(new AuditEntry(7, new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(2)), "alice", "update", "region", "JP", """{"code":"JP"}""", null),
            Assert.Single(entries));
    }
}
