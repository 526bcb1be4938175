using System.Diagnostics.Metrics;
using System.Net;
using CyberSkillsGraph.Api.Observability;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CyberSkillsGraph.Api.Tests.Graph;

/// <summary>Two API instances on one store stay in step by polling its revision.</summary>
public sealed class ReplicaTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Write_WhenMadeThroughOneInstance_ThenTheOtherSeesItAtItsNextPoll()
    {
        var shared = Path.Combine(Path.GetTempPath(), "csg-replicas-" + Guid.NewGuid().ToString("N"));
        await using var first = new ApiFactory { DataDirectory = shared };
        first.Settings["Graph:PollInterval"] = "00:00:00";
        var writer = await first.ClientForAsync("test-planner");
        // The second instance polls on a fake clock, so the test decides when a poll happens.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var second = new ApiFactory { DataDirectory = shared };
        second.Settings["Graph:PollInterval"] = "00:00:05";
        await using var reading = second.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var reader = reading.CreateClient();
        using var reloads = new MetricCollector<double>(reading.Services.GetRequiredService<IMeterFactory>(), GraphTelemetry.Name, "cyberskills.snapshot.build.duration");
        const string query = """{ regionGaps(region: "LU", year: 2033) { totals { openings } } }""";
        int Openings(System.Text.Json.JsonElement data) => data.GetProperty("regionGaps").GetProperty("totals").GetProperty("openings").GetInt32();
        Assert.Equal(0, Openings((await reader.PostAsync(query)).Data()));

        (await writer.PostAsync("""mutation { setDemand(input: { region: "LU", role: "ECSF:AUDITOR", year: 2033, openings: 9 }) { demandEntry { openings } } }""")).Data();
        var beforePoll = Openings((await reader.PostAsync(query)).Data());
        clock.Advance(TimeSpan.FromSeconds(5));
        await reloads.WaitForMeasurementsAsync(1, Cancel);
        var afterPoll = Openings((await reader.PostAsync(query)).Data());

        Assert.Equal((0, 9), (beforePoll, afterPoll));
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
