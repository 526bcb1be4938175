using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>The GraphQL over HTTP rules: methods, media types and status codes.</summary>
public sealed class GraphQLOverHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_WhenClientAcceptsTheGraphQLResponseType_ThenTheResponseUsesIt()
    {
        using var response = await _client.SendQueryAsync("{ revision }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_WhenClientAcceptsOnlyJson_ThenTheResponseIsPlainJson()
    {
        using var response = await _client.SendQueryAsync("{ revision }", accept: "application/json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_WhenQueryIsInvalid_ThenGraphQLResponseClientsGet400AndJsonClients200()
    {
        using var modern = await _client.SendQueryAsync("{ nosuchfield }");
        using var legacy = await _client.SendQueryAsync("{ nosuchfield }", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Contains("nosuchfield", (await modern.ReadJsonAsync()).SingleError().GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_WhenSyntaxIsBroken_ThenTheErrorHasALocation()
    {
        using var response = await _client.SendQueryAsync("{ regions { code ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync()).SingleError();
        Assert.True(error.TryGetProperty("locations", out _));
        Assert.False(string.IsNullOrEmpty(error.Code()));
    }

    [Fact]
    public async Task Get_WhenQueryIsInTheUrl_ThenItIsAnswered()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ role(id: \"ECSF:PENTESTER\") { title } }"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Penetration Tester", (await response.ReadJsonAsync()).Data().GetProperty("role").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_WhenVariablesAreGiven_ThenTheyAreUsed()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { role(id: $id) { id } }") + "&variables=" + Uri.EscapeDataString("""{"id":"ECSF:AUDITOR"}""");

        using var response = await _client.GetAsync(url, Cancel);

        Assert.Equal("ECSF:AUDITOR", (await response.ReadJsonAsync()).Data().GetProperty("role").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_WhenOperationIsAMutation_ThenItIs405WithAllowPost()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { importDataset(input: { document: \"{}\" }) { revision } }"), Cancel);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_WhenContentTypeIsNotJson_ThenItIs415()
    {
        using var content = new StringContent("{ revision }", Encoding.UTF8, "application/graphql");

        using var response = await _client.PostAsync("/graphql", content, Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_WhenBodyIsNotJson_ThenItIs400WithAGraphQLError()
    {
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/graphql", content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", (await response.ReadJsonAsync()).SingleError().Code());
    }

    [Fact]
    public async Task Post_WhenQueryIsMissing_ThenItIs400()
    {
        using var content = new StringContent("""{ "variables": {} }""", Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/graphql", content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WhenAcceptAllowsNeitherJsonType_ThenItIs406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ revision }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Post_WhenQueryIsNestedTooDeeply_ThenItIsRefusedBeforeExecution()
    {
        var query = "{ regions { nodes { " + string.Concat(Enumerable.Repeat("children { nodes { ", 20)) + "code" + new string('}', 42) + " }";

        using var response = await _client.SendQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth", (await response.ReadJsonAsync()).SingleError().GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
