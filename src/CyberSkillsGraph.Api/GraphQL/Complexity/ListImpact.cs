using CyberSkillsGraph.Api.GraphQL.Paging;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CyberSkillsGraph.Api.GraphQL.Complexity;

/// <summary>
/// The query cost of list fields at their real sizes: a connection's edges and nodes count one page (first or last,
/// or the default), no more than the list really holds; any other list with a known bound counts that bound.
/// </summary>
internal static class ListImpact
{
    /// <summary>Wraps <paramref name="fallback"/> (GraphQL.NET's default) for every field that is neither.</summary>
    public static Func<FieldImpactContext, FieldComplexityResult> Over(Func<FieldImpactContext, FieldComplexityResult> fallback) => context =>
    {
        var bounds = context.ValidationContext.UserContext is GraphQLUserContext user ? ListSizeBounds.Of(user.Snapshot) : null;
        if (context.ParentType is IConnectionGraphType && context.FieldDefinition.Name is "edges" or "nodes" && context.Parent is { } connection)
        {
            var page = Connections.ChargedPageSize(connection.FieldDefinition, key => bounds?.Bound(key),
                connection.GetArgument<int?>("first"), connection.GetArgument<int?>("last"));
            return new FieldComplexityResult(context.Configuration.DefaultObjectImpact, Math.Max(1, page));
        }
        return IsList(context.FieldDefinition.ResolvedType) && bounds?.Bound(context.ParentType.Name + "." + context.FieldDefinition.Name) is { } bound
            ? new FieldComplexityResult(context.Configuration.DefaultObjectImpact, Math.Max(1, bound))
            : fallback(context);
    };

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
