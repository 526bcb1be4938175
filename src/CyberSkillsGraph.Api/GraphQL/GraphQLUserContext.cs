using System.Security.Claims;
using CyberSkillsGraph.Analysis.Snapshot;
using GraphQL;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>Per-request state: the one snapshot that every resolver of the request reads, and who the request is charged to.</summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    public GraphQLUserContext(GraphSnapshot snapshot, ClaimsPrincipal user, string client)
    {
        Snapshot = snapshot;
        User = user;
        Client = client;
    }

    public GraphSnapshot Snapshot { get; }

    public ClaimsPrincipal User { get; }

    /// <summary>Whose budgets the request spends: the token's subject, else the remote address.</summary>
    public string Client { get; }

    /// <summary>Set when the client's query cost budget refused the request: how long it should wait.</summary>
    public TimeSpan? RetryAfter { get; set; }
}

internal static class ResolveContextExtensions
{
    public static GraphSnapshot Snapshot(this IResolveFieldContext context) => ((GraphQLUserContext)context.UserContext).Snapshot;
}
