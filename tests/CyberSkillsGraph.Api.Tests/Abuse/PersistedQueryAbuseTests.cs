using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CyberSkillsGraph.Api.GraphQL.Http;

namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// Automatic persisted queries, attacked: a persisted document filed under a stranger's hash (every client of that
/// hash then ran the wrong document and never re-registered its own), and megabytes of comments kept per entry
/// (11–16 MB of memory each, a thousand entries allowed).
/// </summary>
public sealed class PersistedQueryAbuseTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Extensions(string query) => new { persistedQuery = new { version = 1, sha256Hash = PersistedDocuments.Sha256Of(query) } };

    private static async Task<JsonElement> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsync("/graphql", JsonContent.Create(body), Cancel);
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task PersistedQuery_WhenAPersistedDocumentIsSentUnderAnotherQuerysHash_ThenThatHashIsNotTaken()
    {
        var client = factory.CreateClient();
        const string victim = "query VictimsQuery { revision }";
        var role = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "persisted-documents", "role.graphql"));

        var poisoned = await PostAsync(client, new { documentId = PersistedDocuments.IdOf(role), variables = new { id = "ECSF:CISO" }, extensions = Extensions(victim) });
        var byHash = await PostAsync(client, new { extensions = Extensions(victim) });
        var registered = await PostAsync(client, new { query = victim, extensions = Extensions(victim) });

        Assert.Equal("ECSF:CISO", poisoned.Data().GetProperty("role").GetProperty("id").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", byHash.SingleError().Code());
        Assert.True(registered.Data().GetProperty("revision").GetInt64() > 0);
    }

    [Fact]
    public async Task PersistedQuery_WhenTheDocumentIsPaddedPastTheLengthKept_ThenItRunsButIsNotKept()
    {
        var client = factory.CreateClient();
        var padded = "{ revision }\n#" + new string('x', AutomaticPersistedQueries.MaxDocumentLength);

        var sent = await PostAsync(client, new { query = padded, extensions = Extensions(padded) });
        var byHash = await PostAsync(client, new { extensions = Extensions(padded) });

        Assert.True(sent.Data().GetProperty("revision").GetInt64() > 0);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", byHash.SingleError().Code());
    }

    [Fact]
    public async Task Request_WhenAChunkedBodyOutgrowsTheLimit_ThenItIs413WithAGraphQLError()
    {
        // Kestrel, not the test server: Kestrel is what cuts a body off as it is read.
        await using var limited = new ApiFactory();
        limited.Settings["GraphQL:MaxRequestBodyBytes"] = "10000";
        limited.UseKestrel(0);
        limited.StartServer();
        var body = "{\"query\":\"{ revision }\",\"variables\":{\"pad\":\"" + new string('x', 20_000) + "\"}}";
        // No Content-Length: the limit can only be found out while the body is read.
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        using var client = new HttpClient { BaseAddress = limited.ClientOptions.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request body is larger than 10000 bytes.", (await response.ReadJsonAsync()).SingleError().GetProperty("message").GetString());
    }
}
