using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// Reads needed no account and had no rate: each attack that fit the cost limit of one request (a search scan, a
/// scenario's gaps under 24 aliases) could be sent again at once, without end. Every client now has a cost budget a
/// minute. Time is moved by a fake clock.
/// </summary>
public sealed class QueryCostBudgetAbuseTests
{
    // Two analyses of the seed data (2,000 and a little each) fit a budget of 5,000; a third does not.
    private const string Analysis = """{ regionGaps(region: "EU") { year } }""";

    private static ApiFactory Factory(FakeTimeProvider clock)
    {
        var factory = new ApiFactory { Clock = clock };
        // The budget is never below one request's limit, so the limit comes down with it.
        factory.Settings["GraphQL:MaxComplexity"] = "5000";
        factory.Settings["GraphQL:CostPerMinute"] = "5000";
        return factory;
    }

    [Fact]
    public async Task Reads_WhenAClientHasSpentItsBudget_ThenTheyAre429WithRetryAfterUntilTheMinuteHasPassed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = Factory(clock);
        var client = factory.CreateClient();

        using var first = await client.SendQueryAsync(Analysis);
        using var second = await client.SendQueryAsync(Analysis);
        using var refused = await client.SendQueryAsync(Analysis);
        var error = (await refused.ReadJsonAsync()).SingleError();
        clock.Advance(TimeSpan.FromMinutes(1));
        using var again = await client.SendQueryAsync(Analysis);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK),
            (first.StatusCode, second.StatusCode, refused.StatusCode, again.StatusCode));
        Assert.Equal("RATE_LIMITED", error.Code());
        Assert.StartsWith("This client has spent its query cost budget of 5000 a minute", error.GetProperty("message").GetString());
        Assert.InRange(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task Reads_WhenOneClientHasSpentItsBudget_ThenAnotherStillReads()
    {
        await using var factory = Factory(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var anonymous = factory.CreateClient();
        var planner = await factory.ClientForAsync("test-planner");
        for (var i = 0; i < 3; i++) (await anonymous.SendQueryAsync(Analysis)).Dispose();

        using var refused = await anonymous.SendQueryAsync(Analysis);
        using var other = await planner.SendQueryAsync(Analysis);

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (refused.StatusCode, other.StatusCode));
    }
}
