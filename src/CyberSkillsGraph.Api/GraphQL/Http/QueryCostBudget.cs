using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Limits the estimated cost (the same figure <c>MaxComplexity</c> bounds per request) a client may spend per minute,
/// so that reads, which need no account, cannot be repeated without end: the limit per request bounds one request's
/// work, this bounds a client's. Charged when a document passes validation, before it runs.
/// </summary>
public sealed class QueryCostBudget(IOptions<GraphQLHttpOptions> options, TimeProvider clock) : ClientBudget(clock)
{
    /// <summary>Never below one request's largest cost: a request the per-request limit lets through can always pass after a wait.</summary>
    public override long PerMinute => Math.Max(options.Value.CostPerMinute, options.Value.MaxComplexity);
}
