using System.Collections.Concurrent;
using CyberSkillsGraph.Api.Auth;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Limits mutation fields per client (token subject, else remote address) in fixed one-minute windows, so
/// that one client cannot flood the single writer. Every mutation field counts, however many one request
/// holds. Reads are not limited here. The clock is the injected <see cref="TimeProvider"/> (the framework's
/// rate limiters read the system clock, which tests cannot move).
/// </summary>
public sealed class MutationRateLimiter(IOptions<AuthOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan WindowLength = TimeSpan.FromMinutes(1);

    /// <summary>Above this many tracked clients, windows that have ended are dropped, so memory stays bounded.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Null when the client may run <paramref name="mutations"/> more mutations now; otherwise how long it should wait.</summary>
    public TimeSpan? TryAcquire(string client, int mutations)
    {
        var now = clock.GetUtcNow();
        if (_windows.Count > PruneAbove) Prune(now);
        var limit = Math.Max(1, options.Value.MutationsPerMinute);
        var window = _windows.GetOrAdd(client, _ => new Window(now));
        lock (window)
        {
            if (now - window.Start >= WindowLength) (window.Start, window.Used) = (now, 0);
            if (window.Used + mutations <= limit)
            {
                window.Used += mutations;
                return null;
            }
            return window.Start + WindowLength - now;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (client, window) in _windows)
            if (now - window.Start >= WindowLength) _windows.TryRemove(client, out _);
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; set; } = start;

        public int Used { get; set; }
    }
}
