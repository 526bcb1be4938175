namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>One outgoing relationship of a record: the key of the node it points to, and a level where the type has one.</summary>
internal sealed record Link(string? Target, int? Level = null);
