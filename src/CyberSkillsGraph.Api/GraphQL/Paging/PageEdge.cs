namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>An item of a page and the cursor that names its place in the list.</summary>
public sealed record PageEdge(string Cursor, object Node);
