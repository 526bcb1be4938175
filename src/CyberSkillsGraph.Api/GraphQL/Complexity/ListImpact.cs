using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CyberSkillsGraph.Api.GraphQL.Complexity;

/// <summary>The query cost of a list field with a known bound: its children are multiplied by that bound, not by a guessed list size.</summary>
internal static class ListImpact
{
    /// <summary>Wraps <paramref name="fallback"/> (GraphQL.NET's default) for every field that is not a list with a known bound.</summary>
    public static Func<FieldImpactContext, FieldComplexityResult> Over(Func<FieldImpactContext, FieldComplexityResult> fallback) => context =>
        IsList(context.FieldDefinition.ResolvedType) &&
        context.ValidationContext.UserContext is GraphQLUserContext user &&
        ListSizeBounds.Of(user.Snapshot).Bound(context.ParentType.Name, context.FieldDefinition.Name) is { } bound
            ? new FieldComplexityResult(context.Configuration.DefaultObjectImpact, Math.Max(1, bound))
            : fallback(context);

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
