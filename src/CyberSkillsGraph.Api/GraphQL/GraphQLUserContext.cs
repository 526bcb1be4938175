using System.Security.Claims;
using CyberSkillsGraph.Analysis.Snapshot;
using GraphQL;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>Per-request state: the one snapshot that every resolver of the request reads.</summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    public GraphQLUserContext(GraphSnapshot snapshot, ClaimsPrincipal user)
    {
        Snapshot = snapshot;
        User = user;
    }

    public GraphSnapshot Snapshot { get; }

    public ClaimsPrincipal User { get; }
}

internal static class ResolveContextExtensions
{
    public static GraphSnapshot Snapshot(this IResolveFieldContext context) => ((GraphQLUserContext)context.UserContext).Snapshot;
}
