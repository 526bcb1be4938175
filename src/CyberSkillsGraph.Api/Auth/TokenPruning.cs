using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// Keeps auth.db bounded: every Auth:PruneInterval it deletes, with OpenIddict's own pruning, tokens and
/// authorizations that are expired, revoked, redeemed or orphaned and older than <see cref="MinimumAge"/>
/// (kept that long so that a refresh-token replay is still recognised and logged as one).
/// </summary>
internal sealed class TokenPruning(IServiceProvider services, IOptions<AuthOptions> options, TimeProvider clock, ILogger<TokenPruning> logger)
    : BackgroundService
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromDays(14);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PruneAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A busy or locked database is no reason to stop the server; the next round tries again.
                    logger.LogWarning(e, "Pruning expired tokens failed; trying again in {Interval}", options.Value.PruneInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pruning round; returns how many tokens and authorizations were deleted.</summary>
    public async Task<(long Tokens, long Authorizations)> PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var threshold = clock.GetUtcNow() - MinimumAge;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        if (tokens + authorizations > 0)
            logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations", tokens, authorizations);
        return (tokens, authorizations);
    }
}
