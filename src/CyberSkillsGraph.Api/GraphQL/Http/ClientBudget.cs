using System.Collections.Concurrent;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// A per-client allowance that refills every minute (fixed windows), keyed by token subject, else remote address.
/// The clock is the injected <see cref="TimeProvider"/> (the framework's rate limiters read the system clock, which
/// tests cannot move).
/// </summary>
public abstract class ClientBudget(TimeProvider clock)
{
    private static readonly TimeSpan WindowLength = TimeSpan.FromMinutes(1);

    /// <summary>Above this many tracked clients, windows that have ended are dropped, so memory stays bounded.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>What one client may spend in a minute.</summary>
    public abstract long PerMinute { get; }

    /// <summary>Null when the client may spend <paramref name="amount"/> more now (and it is spent); otherwise how long it should wait.</summary>
    public TimeSpan? TryAcquire(string client, long amount)
    {
        var now = clock.GetUtcNow();
        if (_windows.Count > PruneAbove) Prune(now);
        var window = _windows.GetOrAdd(client, _ => new Window(now));
        lock (window)
        {
            if (now - window.Start >= WindowLength) (window.Start, window.Used) = (now, 0);
            if (window.Used + amount <= PerMinute)
            {
                window.Used += amount;
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

        public long Used { get; set; }
    }
}
