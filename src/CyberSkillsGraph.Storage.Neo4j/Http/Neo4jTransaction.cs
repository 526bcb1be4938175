namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>
/// An open explicit transaction: its id and the <c>neo4j-cluster-affinity</c> value that pins every
/// later request of it to the cluster member that holds it.
/// </summary>
internal sealed record Neo4jTransaction(string Id, string? Affinity);
