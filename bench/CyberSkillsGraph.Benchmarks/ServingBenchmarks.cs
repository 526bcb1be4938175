using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Api.GraphQL.Http;
using CyberSkillsGraph.Storage.Sqlite;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// What serving regionGaps of the root region costs beyond the analysis: the whole HTTP pipeline (the API on a test server,
/// so no socket) for a small query, the totals only and full rows, and the rows split into GraphQL execution and
/// serialization. The API runs on a copy of the benchmark database (the factory finds the API by a type of its assembly,
/// since this project has a Program of its own).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ServingBenchmarks
{
    private const string Revision = "{ revision }";
    private const string Totals = "totals { openings missing shortage covered }";
    private const string Rows = "rows { competence { code } level demand supply gap accessible status }";
    private const string AllFields = "rows { competence { id code title } level demand supply partialSupply gap coverageRatio accessible status }";

    private string _dataDirectory = null!;
    private WebApplicationFactory<GraphState> _api = null!;
    private HttpClient _client = null!;
    private string _region = null!;
    private ExecutionResult _rowsResult = null!;

    [GlobalSetup]
    public void Setup()
    {
        var snapshot = BenchmarkGraph.SnapshotAsync().GetAwaiter().GetResult();
        _region = Workload.RootOf(snapshot);
        _dataDirectory = Path.Combine(Path.GetTempPath(), "cyberskills-bench-serving-" + Guid.NewGuid().ToString("N"));
        StoreLocation.CreateDataDirectory(_dataDirectory);
        File.Copy(BenchmarkGraph.DatabasePath, Path.Combine(_dataDirectory, StoreLocation.DatabaseFileName));
        // The API's settings and persisted documents are copied beside this program: that is its content root, as in the load script.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CYBERSKILLSGRAPH_API", AppContext.BaseDirectory);
        _api = new WebApplicationFactory<GraphState>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Graph:DataDirectory", _dataDirectory);
            builder.UseSetting("Graph:SeedOnFirstStart", "false");
            builder.UseSetting("Graph:PollInterval", "00:00:00");
            builder.UseSetting("Auth:GenerateKeys", "true");
            builder.UseSetting("Auth:RequireHttps", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // Thousands of full-rows requests a minute are the point here, not a client to slow down.
            builder.UseSetting("GraphQL:CostPerMinute", "1000000000000");
            // The API refuses to start without an account; the queries measured need none.
            builder.UseSetting("Auth:Clients:0:ClientId", "bench-planner");
            builder.UseSetting("Auth:Clients:0:ClientSecret", Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            builder.UseSetting("Auth:Clients:0:Role", "planner");
        });
        _client = _api.CreateClient();
        using (var ready = _client.GetAsync("/health/ready").GetAwaiter().GetResult()) ready.EnsureSuccessStatusCode();
        _rowsResult = ExecuteAsync(RegionGaps(Rows)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _api.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Description = "HTTP: { revision }")]
    public Task<int> RevisionOverHttp() => PostAsync(Revision);

    [Benchmark(Description = "HTTP: regionGaps totals only", Baseline = true)]
    public Task<int> TotalsOverHttp() => PostAsync(RegionGaps(Totals));

    [Benchmark(Description = "HTTP: regionGaps rows (README selection)")]
    public Task<int> RowsOverHttp() => PostAsync(RegionGaps(Rows));

    [Benchmark(Description = "HTTP: regionGaps rows, every scalar field")]
    public Task<int> AllFieldsOverHttp() => PostAsync(RegionGaps(AllFields));

    [Benchmark(Description = "execution only: totals")]
    public Task<ExecutionResult> TotalsExecution() => ExecuteAsync(RegionGaps(Totals));

    [Benchmark(Description = "execution only: rows (README selection)")]
    public Task<ExecutionResult> RowsExecution() => ExecuteAsync(RegionGaps(Rows));

    [Benchmark(Description = "serialization only: rows (README selection)")]
    public long RowsSerialization()
    {
        // As the endpoint writes an answer: into its bounded buffer of pooled segments.
        using var buffer = new ResponseBuffer(int.MaxValue);
        ((ResponseSerializer)_api.Services.GetRequiredService<IGraphQLTextSerializer>()).Write(buffer, _rowsResult);
        return buffer.Length;
    }

    private string RegionGaps(string selection) => $$"""{ regionGaps(region: "{{_region}}") { year {{selection}} } }""";

    private async Task<int> PostAsync(string query)
    {
        var body = "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query) + "}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        using var response = await _client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || bytes.AsSpan().IndexOf("\"errors\""u8) >= 0)
            throw new InvalidOperationException(Encoding.UTF8.GetString(bytes));
        return bytes.Length;
    }

    /// <summary>Executes without the HTTP pipeline; an answer with errors throws, so a refused request is never measured as a fast one.</summary>
    private async Task<ExecutionResult> ExecuteAsync(string query)
    {
        var services = _api.Services;
        var state = services.GetRequiredService<GraphState>();
        var user = new ClaimsPrincipal(new ClaimsIdentity());
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options =>
        {
            options.Query = query;
            options.RequestServices = services;
            options.User = user;
            options.UserContext = new GraphQLUserContext(state.Current, user, "benchmark");
        });
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException(errors[0].Message);
        return result;
    }
}
