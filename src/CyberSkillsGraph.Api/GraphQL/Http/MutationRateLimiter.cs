using CyberSkillsGraph.Api.Auth;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Limits mutation fields per client, so that one client cannot flood the single writer. Every mutation field counts,
/// however many one request holds.
/// </summary>
public sealed class MutationRateLimiter(IOptions<AuthOptions> options, TimeProvider clock) : ClientBudget(clock)
{
    public override long PerMinute => Math.Max(1, options.Value.MutationsPerMinute);
}
