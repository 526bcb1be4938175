using System.Threading.RateLimiting;
using CyberSkillsGraph.Api.Auth;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Limits mutations per client (token subject, else remote address) in fixed one-minute windows, so
/// that one client cannot flood the single writer. Reads are not limited here.
/// </summary>
public sealed class MutationRateLimiter(IOptions<AuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.MutationsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the mutation may go ahead; otherwise how long the client should wait.</summary>
    public TimeSpan? TryAcquire(HttpContext http)
    {
        var client = http.User.Subject() ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
