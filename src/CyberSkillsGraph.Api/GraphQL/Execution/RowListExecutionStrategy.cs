using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace CyberSkillsGraph.Api.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, except that a list of objects whose selection holds only scalars and
/// single objects of scalars (a regionGaps row: its numbers, its status, its competence's code) is resolved item by
/// item through one <see cref="ItemPlan"/>, instead of with an execution node, a resolve context and a completion step
/// for every field of every item. Thousands of rows are answered at a fraction of the cost with the same values,
/// the same order and the same errors: an item the plan cannot resolve cleanly goes the ordinary way.
/// </summary>
internal sealed class RowListExecutionStrategy : ParallelExecutionStrategy
{
    protected override async Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var listType = (ListGraphType)parent.GraphType!;
        var itemType = listType.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : listType.ResolvedType;
        // Introspection (__Type, __Field …) keeps GraphQL.NET's own path: its lists are short and its types are not ours.
        if (parent.Result is not IEnumerable items || items is string || itemType is not IObjectGraphType objectType || IsMeta(objectType.Name) ||
            parent.Field.SelectionSet is not { } selection ||
            Plan(context, new ObjectExecutionNode(parent, objectType, parent.Field, parent.FieldDefinition, 0), objectType, selection) is not { } plan)
        {
            await base.SetArrayItemNodesAsync(context, parent).ConfigureAwait(false);
            return;
        }

        var nodes = items is ICollection collection ? new List<ExecutionNode>(collection.Count) : [];
        foreach (var item in items)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var index = nodes.Count;
            if (item is not null and not IDataLoaderResult && plan.TryResolve(item, out var values))
            {
                nodes.Add(new ResolvedItemNode(parent, objectType, parent.Field, parent.FieldDefinition, index, plan, values) { Result = item });
                continue;
            }
            var node = BuildExecutionNode(parent, listType.ResolvedType!, parent.Field, parent.FieldDefinition, index);
            node.Result = item;
            if (item is not IDataLoaderResult) await CompleteNodeAsync(context, node).ConfigureAwait(false);
            nodes.Add(node);
        }
        parent.Items = nodes;
    }

    /// <summary>The plan for <paramref name="selection"/> on <paramref name="type"/>, or null when a field is a list, an abstract type, a meta field or takes arguments.</summary>
    private ItemPlan? Plan(ExecutionContext context, ObjectExecutionNode item, IObjectGraphType type, GraphQLSelectionSet selection)
    {
        var fields = CollectFieldsFrom(context, type, selection, null);
        return ItemPlan.Of(type, item, fields.Select(entry => Field(context, item, entry.Key, entry.Value.field, entry.Value.fieldType)));
    }

    private ItemPlan.Field? Field(ExecutionContext context, ObjectExecutionNode item, string name, GraphQLField field, FieldType definition)
    {
        // A field with arguments (suppliers(first:), say) is left to the ordinary path, which validates and coerces them per field.
        if (IsMeta(definition.Name) || definition.Arguments is { Count: > 0 } || definition.ResolvedType is not { } resolvedType) return null;
        var nonNull = resolvedType is NonNullGraphType;
        var type = resolvedType is NonNullGraphType wrapped ? wrapped.ResolvedType : resolvedType;
        switch (type)
        {
            case ScalarGraphType scalar:
            {
                var node = new ValueExecutionNode(item, scalar, field, definition, null);
                return new ItemPlan.Field(name, SelectResolver(node, context), new ReadonlyResolveFieldContext(node, context), scalar, null, nonNull);
            }
            case IObjectGraphType objectType when !IsMeta(objectType.Name) && field.SelectionSet is { } selection:
            {
                var node = new ObjectExecutionNode(item, objectType, field, definition, null);
                return Plan(context, node, objectType, selection) is { } nested
                    ? new ItemPlan.Field(name, SelectResolver(node, context), new ReadonlyResolveFieldContext(node, context), null, nested, nonNull)
                    : null;
            }
            default:
                return null;
        }
    }

    private static bool IsMeta(string name) => name.StartsWith("__", StringComparison.Ordinal);
}
