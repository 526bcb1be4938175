using System.Diagnostics.Metrics;
using System.Net;
using CyberSkillsGraph.Api.GraphQL.Http;
using CyberSkillsGraph.Api.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CyberSkillsGraph.Api.Tests.Limits;

/// <summary>Cost limits, persisted documents, timeouts and the platform's metrics.</summary>
public sealed class QueryLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string RoleDocument => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "persisted-documents", "role.graphql"));

    [Fact]
    public async Task Query_WhenItsEstimatedCostIsTooHigh_ThenItIsRefusedBeforeRunning()
    {
        // Every page item and every list multiplies the cost of what is asked of it, lists at their real size.
        const string query = """
            { trainingProgrammes(first: 100) { nodes { develops { competence { requiredBy { nodes { role { requires { competence {
                requiredBy { nodes { role { requires { level } } } } } } } } } } } } } }
            """;

        using var response = await factory.CreateClient().SendQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("complexity", (await response.ReadJsonAsync()).SingleError().GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PersistedDocument_WhenAddressedByItsHash_ThenItRuns()
    {
        var client = factory.CreateClient();
        var body = new { documentId = PersistedDocuments.IdOf(RoleDocument), variables = new { id = "ECSF:CISO" } };

        using var response = await client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(body), Cancel);

        Assert.Equal("Chief Information Security Officer (CISO)", (await response.ReadJsonAsync()).Data().GetProperty("role").GetProperty("title").GetString());
    }

    [Fact]
    public async Task PersistedDocument_WhenSentOverGet_ThenItRuns()
    {
        var url = $"/graphql?documentId={Uri.EscapeDataString(PersistedDocuments.IdOf(RoleDocument))}&variables={Uri.EscapeDataString("""{"id":"ECSF:AUDITOR"}""")}";

        using var response = await factory.CreateClient().GetAsync(url, Cancel);

        Assert.Equal("ECSF:AUDITOR", (await response.ReadJsonAsync()).Data().GetProperty("role").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{ "documentId": "sha256:0000000000000000000000000000000000000000000000000000000000000000" }""", "No persisted document")]
    [InlineData("""{ "documentId": "md5:abc" }""", "must start with 'sha256:'")]
    [InlineData("""{ "documentId": "sha256:00", "query": "{ revision }" }""", "either query or documentId")]
    public async Task PersistedDocument_WhenTheIdIsWrong_ThenItIs400(string body, string message)
    {
        using var response = await factory.CreateClient().PostAsync("/graphql", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadJsonAsync()).SingleError().GetProperty("message").GetString());
    }

    [Fact]
    public async Task Metrics_WhenAQueryIsAnswered_ThenExactlyThatRequestIsCounted()
    {
        // The app's own meter factory: only this class's server (whose tests run one at a time) records into it.
        using var requests = new MetricCollector<long>(factory.Services.GetRequiredService<IMeterFactory>(), GraphTelemetry.Name, "cyberskills.graphql.requests");

        (await factory.CreateClient().PostAsync("{ revision }")).Data();

        var counted = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal(("query", "ok"), (counted.Tags["operation"], counted.Tags["outcome"]));
    }
}
