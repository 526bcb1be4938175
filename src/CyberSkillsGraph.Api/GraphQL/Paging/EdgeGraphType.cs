using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>The Relay edge of a connection of <typeparamref name="TNodeType"/>: the item and its cursor.</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<PageEdge>
    where TNodeType : IGraphType, new()
{
    public EdgeGraphType()
    {
        var node = new TNodeType().Name;
        Name = node + "Edge";
        Description = $"A {node} in a connection, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Where this item is in the list: pass it as after or before to page from here.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description("The item.")
            .Resolve(c => c.Source.Node);
    }
}
