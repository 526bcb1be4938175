using System.Collections.Concurrent;
using System.Net;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// Slows password guessing at the sign-in form, per account and per client address: after a few free
/// failures each further one doubles the wait before the next attempt (1 s, 2 s, 4 s, …) up to a
/// 15-minute lockout. A success clears the account and the address. Memory is bounded: entries are
/// forgotten an hour after their last failure, and at most <see cref="MaxEntries"/> are kept.
/// </summary>
internal sealed class LoginThrottle(TimeProvider clock)
{
    public const int FreeFailuresPerAccount = 3;
    public const int FreeFailuresPerAddress = 10;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private const int MaxEntries = 100_000;
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private sealed record Entry(int Failures, DateTimeOffset LastFailure);

    /// <summary>How long the caller must still wait before trying this account from this address, or zero.</summary>
    public TimeSpan Wait(string userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var account = WaitFor(AccountKey(userName), FreeFailuresPerAccount, now);
        var from = WaitFor(AddressKey(address), FreeFailuresPerAddress, now);
        return account > from ? account : from;
    }

    public void Failed(string userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        if (entries.Count >= MaxEntries) Sweep(now);
        foreach (var key in new[] { AccountKey(userName), AddressKey(address) })
            entries.AddOrUpdate(key, _ => new Entry(1, now), (_, e) => new Entry(e.Failures + 1, now));
    }

    public void Succeeded(string userName, IPAddress? address)
    {
        entries.TryRemove(AccountKey(userName), out _);
        entries.TryRemove(AddressKey(address), out _);
    }

    private TimeSpan WaitFor(string key, int free, DateTimeOffset now)
    {
        if (!entries.TryGetValue(key, out var entry) || entry.Failures < free) return TimeSpan.Zero;
        var backOff = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(entry.Failures - free, 20)));
        var until = entry.LastFailure + (backOff < Lockout ? backOff : Lockout);
        return until > now ? until - now : TimeSpan.Zero;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
            if (now - entry.LastFailure > Forget) entries.TryRemove(key, out _);
        // Still full (a flood of fresh names): drop the oldest half rather than grow without bound.
        if (entries.Count >= MaxEntries)
            foreach (var (key, _) in entries.OrderBy(e => e.Value.LastFailure).Take(entries.Count / 2).ToList()) entries.TryRemove(key, out _);
    }

    private static string AccountKey(string userName) => "u:" + userName.Trim().ToUpperInvariant();

    private static string AddressKey(IPAddress? address) => "a:" + (address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4() : address);
}
