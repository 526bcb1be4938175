using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CyberSkillsGraph.Api.Tests.Writes;

/// <summary>Rate and size limits, each on its own app so that the small limits affect no other test.</summary>
public sealed class WriteLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string SetDemand = """mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2032, openings: 1 }) { demandEntry { openings } } }""";

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
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new ApiFactory { Clock = clock };
        factory.Settings["Auth:AccessTokenLifetime"] = "00:01:00";
        var planner = await factory.ClientForAsync("test-planner");
        var before = await planner.PostAsync(SetDemand);

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, before.Data().GetProperty("setDemand").GetProperty("demandEntry").GetProperty("openings").GetInt32());
        Assert.Equal("UNAUTHENTICATED", (await planner.PostAsync(SetDemand)).SingleError().Code());
    }
}
