using GraphQL.Types.Relay.DataObjects;

namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>One page of a connection: its edges, the size of the whole list and where the page sits in it.</summary>
public sealed record Page(IReadOnlyList<PageEdge> Edges, int TotalCount, PageInfo PageInfo);
