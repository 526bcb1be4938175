using System.Net;
using System.Text;

namespace CyberSkillsGraph.Api.Tests.Writes;

/// <summary>Rate and size limits, each on its own app so that the small limits affect no other test.</summary>
public sealed class WriteLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string SetDemand = """mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2032, openings: 1 }) { openings } }""";

    [Fact]
    public async Task Mutations_WhenAClientSendsTooMany_ThenItGets429WithRetryAfter()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Auth:MutationsPerMinute"] = "2";
        var planner = await factory.ClientForAsync("test-planner");

        using var first = await planner.SendQueryAsync(SetDemand);
        using var second = await planner.SendQueryAsync(SetDemand);
        using var third = await planner.SendQueryAsync(SetDemand);
        using var read = await planner.SendQueryAsync("{ revision }");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(int.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Request_WhenTheBodyIsTooLarge_ThenItGets413()
    {
        await using var factory = new ApiFactory();
        factory.Settings["GraphQL:MaxRequestBodyBytes"] = "10000";
        var client = factory.CreateClient();
        var body = "{\"query\":\"{ revision }\",\"variables\":{\"pad\":\"" + new string('x', 20_000) + "\"}}";

        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Token_WhenExpired_ThenItIsRefused()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Auth:AccessTokenLifetime"] = "00:00:01";
        var planner = await factory.ClientForAsync("test-planner");

        await Task.Delay(TimeSpan.FromSeconds(2.5), Cancel);

        Assert.Equal("UNAUTHENTICATED", (await planner.PostAsync(SetDemand)).SingleError().Code());
    }
}
