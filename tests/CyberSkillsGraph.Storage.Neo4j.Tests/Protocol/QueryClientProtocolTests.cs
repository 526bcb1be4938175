using System.Net;
using System.Text;
using CyberSkillsGraph.Storage.Neo4j.Http;
using static CyberSkillsGraph.Storage.Neo4j.Tests.Protocol.QueryApiResponses;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>
/// Protocol tests of the HTTP client alone, against a stub handler: the method, path, headers and
/// JSON body of each request, as Neo4j's Query API documentation specifies them.
/// </summary>
public sealed class QueryClientProtocolTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static (Neo4jQueryClient Client, StubHandler Handler) Client(
        Func<RecordedRequest, HttpResponseMessage> respond, Action<Neo4jStoreOptions>? configure = null)
    {
        var options = new Neo4jStoreOptions { Uri = new Uri("http://localhost:7474"), User = "neo4j", Password = "verysecret" };
        configure?.Invoke(options);
        var handler = new StubHandler(respond);
        return (new Neo4jQueryClient(new HttpClient(handler), options), handler);
    }

    [Fact]
    public async Task RunAsync_WhenReading_ThenPostsTheStatementWithItsParametersAndAccessModeRead()
    {
        var (client, handler) = Client(_ => Rows(["n"], [1]));

        await client.RunAsync("MATCH (n:Region {code: $code}) RETURN n", new Dictionary<string, object?> { ["code"] = "JP", ["limit"] = 5, ["none"] = null },
            Neo4jAccessMode.Read, Cancel);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Equal("MATCH (n:Region {code: $code}) RETURN n", request.Statement);
        Assert.Equal("JP", request.Parameters.GetProperty("code").GetString());
        Assert.Equal(5, request.Parameters.GetProperty("limit").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, request.Parameters.GetProperty("none").ValueKind);
        Assert.Equal("Read", request.Body.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task RunAsync_WhenWriting_ThenSendsNeitherAccessModeNorParametersItDoesNotHave()
    {
        var (client, handler) = Client(_ => Rows([]));

        await client.RunAsync("CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.id)", null, Neo4jAccessMode.Write, Cancel);

        var body = Assert.Single(handler.Requests).Body;
        Assert.Equal(["statement"], body.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task RunAsync_WhenUserAndPasswordAreSet_ThenSendsBasicAuthorizationOfBoth()
    {
        var (client, handler) = Client(_ => Rows([]));

        await client.RunAsync("RETURN 1", null, Neo4jAccessMode.Read, Cancel);

        // The documentation's own example: neo4j / verysecret.
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", Assert.Single(handler.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task RunAsync_WhenATokenIsSet_ThenSendsItBase64EncodedAsBearer()
    {
        var (client, handler) = Client(_ => Rows([]), o => o.Token = "xbhkjnlvianztghqwawxqfe");

        await client.RunAsync("RETURN 1", null, Neo4jAccessMode.Read, Cancel);

        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes("xbhkjnlvianztghqwawxqfe"));
        Assert.Equal($"Bearer {expected}", Assert.Single(handler.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task RunAsync_WhenNoCredentialsAreSet_ThenSendsNoAuthorization()
    {
        var (client, handler) = Client(_ => Rows([]), o => (o.User, o.Password) = (null, null));

        await client.RunAsync("RETURN 1", null, Neo4jAccessMode.Read, Cancel);

        Assert.Null(Assert.Single(handler.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task RunAsync_WhenTheUriHasAPathAndADatabaseIsNamed_ThenThePathKeepsBoth()
    {
        var (client, handler) = Client(_ => Rows([]), o => (o.Uri, o.Database) = (new Uri("https://proxy.test/graph/"), "skills-2026"));

        await client.RunAsync("RETURN 1", null, Neo4jAccessMode.Read, Cancel);

        Assert.Equal("/graph/db/skills-2026/query/v2", Assert.Single(handler.Requests).Path);
    }

    [Fact]
    public async Task RunAsync_WhenAnEarlierAnswerCarriedABookmark_ThenTheNextReadWaitsForIt()
    {
        var (client, handler) = Client(_ => Rows([]));

        await client.RunAsync("CREATE (:X)", null, Neo4jAccessMode.Write, Cancel);
        await client.RunAsync("MATCH (x:X) RETURN x", null, Neo4jAccessMode.Read, Cancel);

        var read = handler.Requests[1].Body;
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], read.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task BeginAsync_WhenTheServerOpensATransaction_ThenItsIdAndAffinityAreKept()
    {
        var (client, handler) = Client(_ => Begin("lyU", ["revision"], [7]));

        var (transaction, result) = await client.BeginAsync("MATCH (r) RETURN r.value AS revision", null, Cancel);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx"), (request.Method, request.Path));
        Assert.Equal("MATCH (r) RETURN r.value AS revision", request.Statement);
        Assert.Null(request.Header("neo4j-cluster-affinity"));
        Assert.Equal(new Neo4jTransaction("lyU", Affinity), transaction);
        Assert.Equal(7, result.GetInt64(0, "revision"));
    }

    [Fact]
    public async Task RunInTransactionAsync_WhenATransactionIsOpen_ThenPostsToItWithTheAffinityHeader()
    {
        var (client, handler) = Client(_ => Rows(["written"], [2]));

        await client.RunInTransactionAsync(new Neo4jTransaction("lyU", Affinity), "UNWIND $rows AS row RETURN count(*) AS written",
            new Dictionary<string, object?> { ["rows"] = new[] { 1, 2 } }, Cancel);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx/lyU"), (request.Method, request.Path));
        Assert.Equal(Affinity, request.Header("neo4j-cluster-affinity"));
        Assert.Equal(2, request.Parameters.GetProperty("rows").GetArrayLength());
        Assert.False(request.Body.TryGetProperty("accessMode", out _));
    }

    [Fact]
    public async Task CommitAsync_WhenATransactionIsOpen_ThenPostsToItsCommitUriWithTheAffinityHeaderAndNoStatement()
    {
        var (client, handler) = Client(_ => Committed());

        await client.CommitAsync(new Neo4jTransaction("lyU", Affinity), Cancel);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2/tx/lyU/commit"), (request.Method, request.Path));
        Assert.Equal(Affinity, request.Header("neo4j-cluster-affinity"));
        Assert.False(request.HasBody);
    }

    [Fact]
    public async Task RollbackAsync_WhenATransactionIsOpen_ThenDeletesItWithTheAffinityHeader()
    {
        var (client, handler) = Client(_ => NoBody());

        await client.RollbackAsync(new Neo4jTransaction("lyU", Affinity), Cancel);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/lyU"), (request.Method, request.Path));
        Assert.Equal(Affinity, request.Header("neo4j-cluster-affinity"));
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", request.Header("Authorization"));
    }

    [Fact]
    public async Task RunInTransactionAsync_WhenTheTransactionExpired_ThenThrowsTheNotFoundErrorAsNotTransient()
    {
        var (client, _) = Client(_ => Error("Neo.ClientError.Request.Invalid",
            "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            client.RunInTransactionAsync(new Neo4jTransaction("lyU", Affinity), "RETURN 1", null, Cancel));

        Assert.Equal(("Neo.ClientError.Request.Invalid", false, 202), (error.Code, error.IsTransient, error.StatusCode));
        Assert.Contains("was not found", error.Message);
    }

    [Fact]
    public async Task RunAsync_WhenTheServerDoesNotAnswerWithinTheRequestTimeout_ThenThrowsTimeoutException()
    {
        var handler = new SlowHandler();
        var client = new Neo4jQueryClient(new HttpClient(handler),
            new Neo4jStoreOptions { Uri = new Uri("http://localhost:7474"), RequestTimeout = TimeSpan.FromMilliseconds(50) });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.RunAsync("RETURN 1", null, Neo4jAccessMode.Read, Cancel));

        Assert.Contains("/db/neo4j/query/v2", error.Message);
    }

    [Fact]
    public async Task RunAsync_WhenTheCallerCancels_ThenThrowsOperationCanceledRatherThanTimeout()
    {
        var client = new Neo4jQueryClient(new HttpClient(new SlowHandler()), new Neo4jStoreOptions { Uri = new Uri("http://localhost:7474") });
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        cancellation.CancelAfter(50);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1", null, Neo4jAccessMode.Read, cancellation.Token));
    }

    private sealed class SlowHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Accepted);
        }
    }
}
