using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;

namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// The mutation rate limit counts every mutation field. An empty operation name once skipped the limiter, and
/// 1,500 aliased setDemand fields in one request counted as one mutation. Time is moved by a fake clock.
/// </summary>
public sealed class MutationRateAbuseTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string SetDemand(string alias, int year) =>
        $$"""{{alias}}: setDemand(input: { region: "DE", role: "ECSF:CISO", year: {{year}}, openings: 1 }) { demandEntry { openings } }""";

    private static async Task<(ApiFactory Factory, HttpClient Planner, FakeTimeProvider Clock)> PlannerAsync(int perMinute)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var factory = new ApiFactory { Clock = clock };
        factory.Settings["Auth:MutationsPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (factory, await factory.ClientForAsync("test-planner"), clock);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body) =>
        await client.PostAsync("/graphql", JsonContent.Create(body), Cancel);

    [Fact]
    public async Task Mutations_WhenTheOperationNameIsEmpty_ThenTheyAreStillCounted()
    {
        var (factory, planner, _) = await PlannerAsync(perMinute: 2);
        await using var _ = factory;
        var body = new { query = "mutation { " + SetDemand("d", 2040) + " }", operationName = "" };

        using var first = await PostAsync(planner, body);
        using var second = await PostAsync(planner, body);
        using var third = await PostAsync(planner, body);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("RATE_LIMITED", (await third.ReadJsonAsync()).SingleError().Code());
    }

    [Fact]
    public async Task Mutations_WhenAliasedInOneRequest_ThenEachFieldCounts()
    {
        var (factory, planner, _) = await PlannerAsync(perMinute: 3);
        await using var _ = factory;

        using var three = await planner.SendQueryAsync("mutation { " + SetDemand("a", 2040) + " " + SetDemand("b", 2041) + " " + SetDemand("c", 2042) + " }");
        using var fourth = await planner.SendQueryAsync("mutation { " + SetDemand("d", 2043) + " }");

        Assert.Equal(HttpStatusCode.OK, three.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(int.Parse(fourth.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Mutations_WhenSpreadThroughFragments_ThenEachFieldCounts()
    {
        var (factory, planner, _) = await PlannerAsync(perMinute: 3);
        await using var _ = factory;
        var query = "mutation { ...Two ...Two } fragment Two on Mutation { " + SetDemand("a", 2040) + " " + SetDemand("b", 2041) + " }";

        using var response = await planner.SendQueryAsync(query);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Mutations_WhenMoreThanTheCapAreInOneRequest_ThenNoneRunsAndTheCapIsNamed()
    {
        var (factory, planner, _) = await PlannerAsync(perMinute: 1000);
        await using var _ = factory;
        var query = "mutation { " + string.Join(" ", Enumerable.Range(0, 11).Select(i => SetDemand($"m{i}", 2050))) + " }";

        var error = (await planner.PostAsync(query)).SingleError();
        var demand = (await planner.PostAsync("""{ demand(region: "DE", year: 2050) { totalCount } }""")).Data();

        Assert.Equal("QUERY_TOO_LARGE", error.Code());
        Assert.Contains("at most 10 mutations", error.GetProperty("message").GetString());
        Assert.Equal(0, demand.GetProperty("demand").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Mutations_WhenTheWindowHasPassed_ThenTheClientMayWriteAgain()
    {
        var (factory, planner, clock) = await PlannerAsync(perMinute: 1);
        await using var _ = factory;
        var mutation = "mutation { " + SetDemand("d", 2040) + " }";

        using var first = await planner.SendQueryAsync(mutation);
        using var refused = await planner.SendQueryAsync(mutation);
        clock.Advance(TimeSpan.FromMinutes(1));
        using var again = await planner.SendQueryAsync(mutation);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (first.StatusCode, refused.StatusCode, again.StatusCode));
    }
}
