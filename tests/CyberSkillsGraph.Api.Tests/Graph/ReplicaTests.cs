using System.Net;

namespace CyberSkillsGraph.Api.Tests.Graph;

/// <summary>Two API instances on one store stay in step by polling its revision.</summary>
public sealed class ReplicaTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Write_WhenMadeThroughOneInstance_ThenTheOtherSeesItWithinThePollInterval()
    {
        var shared = Path.Combine(Path.GetTempPath(), "csg-replicas-" + Guid.NewGuid().ToString("N"));
        await using var first = new ApiFactory { DataDirectory = shared };
        first.Settings["Graph:PollInterval"] = "00:00:00.200";
        var writer = await first.ClientForAsync("test-planner");
        await using var second = new ApiFactory { DataDirectory = shared };
        second.Settings["Graph:PollInterval"] = "00:00:00.200";
        var reader = second.CreateClient();
        const string query = """{ regionGaps(region: "LU", year: 2033) { totals { openings } } }""";
        Assert.Equal(0, (await reader.PostAsync(query)).Data().GetProperty("regionGaps").GetProperty("totals").GetProperty("openings").GetInt32());

        (await writer.PostAsync("""mutation { setDemand(input: { region: "LU", role: "ECSF:AUDITOR", year: 2033, openings: 9 }) { openings } }""")).Data();

        var seen = 0;
        for (var attempt = 0; attempt < 50 && seen == 0; attempt++)
        {
            await Task.Delay(100, Cancel);
            seen = (await reader.PostAsync(query)).Data().GetProperty("regionGaps").GetProperty("totals").GetProperty("openings").GetInt32();
        }
        Assert.Equal(9, seen);
    }

    [Fact]
    public async Task Health_WhenTheStoreIsLoaded_ThenLiveAndReadyAreHealthy()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();

        using var live = await client.GetAsync("/health/live", Cancel);
        using var ready = await client.GetAsync("/health/ready", Cancel);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(Cancel));
    }
}
