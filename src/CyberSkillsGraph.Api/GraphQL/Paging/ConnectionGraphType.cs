using GraphQL.Types;
using GraphQL.Types.Relay;

namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/> (the Relay Cursor Connections specification), with its nodes and total.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Page>, IConnectionGraphType
    where TNodeType : IGraphType, new()
{
    public ConnectionGraphType()
    {
        var node = new TNodeType().Name;
        Name = node + "Connection";
        Description = $"A page of a list of {node}, in the list's order, and how to get the next or previous page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole list has, across every page.")
            .Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether there are pages before and after this one, and the cursors to reach them.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Description("The items of this page with their cursors.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page, for a client that needs no cursor of its own.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
    }
}
