using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>
/// An item of a list whose fields were resolved all at once (<see cref="ItemPlan"/>). It has no child nodes, so the
/// executor does not visit its fields one by one; every non-null field has a value, so it never turns into null.
/// </summary>
internal sealed class ResolvedItemNode(
    ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int index, ItemPlan plan, object?[]? values)
    : ExecutionNode(parent, graphType, field, fieldDefinition, index)
{
    public ItemPlan Plan { get; } = plan;

    /// <summary>The values the plan keeps, in the order of its fields (the node holds them itself: one object less per row), or null when it keeps none.</summary>
    public object?[]? Values { get; } = values;

    public override object? ToValue() => new ResolvedObject(Plan, Result!, Values).ToDictionary();

    public override bool PropagateNull() => false;
}
