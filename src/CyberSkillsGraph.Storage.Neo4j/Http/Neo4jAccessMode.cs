namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>What a request does; a cluster routes reads to its readers.</summary>
internal enum Neo4jAccessMode
{
    Write,
    Read,
}
