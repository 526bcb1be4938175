using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.Graph;

/// <summary>
/// Keeps replicas in step: every poll interval it reads the store's revision and, when another
/// instance has written, catches up (<see cref="GraphState.ReloadAsync"/>: the changes since, or a
/// full load). A failed poll is logged and tried again next time; readers keep the snapshot they have.
/// </summary>
internal sealed class RevisionPoller(GraphState state, IOptions<GraphOptions> options, TimeProvider time, ILogger<RevisionPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await state.ReloadAsync(force: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not check the store for a newer revision; will try again in {Interval}", interval);
            }
        }
    }
}
