using GraphQL.Validation.Complexity;

namespace CyberSkillsGraph.Api.GraphQL.Complexity;

/// <summary>
/// The query cost of introspection: a fixed charge for each <c>__schema</c> and <c>__type</c> asked (through aliases and
/// fragments alike), nothing more for what is selected below them, whose shape <see cref="IntrospectionDepthRule"/> and
/// the depth limit bound; <c>__typename</c> is free (it is answered from the type, with no resolver). Charging the lists
/// below by GraphQL.NET's guess of 20 items each would put the standard introspection query at two million, four times
/// the limit, and charging nothing let one request repeat it hundreds of times.
/// </summary>
internal static class IntrospectionImpact
{
    /// <summary>Two fifths of the default cost limit: a full introspection query fits with room for data, two in one request at most.</summary>
    public const int Schema = 200_000;

    /// <summary>One type with its fields, their arguments and types: a few hundred items.</summary>
    public const int Type = 2_000;

    /// <summary>Wraps <paramref name="fallback"/> for every field that is not an introspection root.</summary>
    public static Func<FieldImpactContext, FieldComplexityResult> Over(Func<FieldImpactContext, FieldComplexityResult> fallback) => context =>
        context.FieldDefinition.Name switch
        {
            "__schema" => new FieldComplexityResult(Schema, 0),
            "__type" => new FieldComplexityResult(Type, 0),
            "__typename" => new FieldComplexityResult(0, 0),
            _ => fallback(context),
        };
}
