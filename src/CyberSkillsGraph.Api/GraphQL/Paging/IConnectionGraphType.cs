namespace CyberSkillsGraph.Api.GraphQL.Paging;

/// <summary>Marks the connection types, so the query cost knows their edges and nodes hold one page.</summary>
internal interface IConnectionGraphType;
