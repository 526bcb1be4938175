using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>
/// An item of a list whose fields were resolved all at once (<see cref="ItemPlan"/>). It has no child nodes, so the
/// executor does not visit its fields one by one; every non-null field has a value, so it never turns into null.
/// </summary>
internal sealed class ResolvedItemNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int index, ResolvedObject value)
    : ExecutionNode(parent, graphType, field, fieldDefinition, index)
{
    public ResolvedObject Value { get; } = value;

    public override object? ToValue() => Value.ToDictionary();

    public override bool PropagateNull() => false;
}
