namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>Limits of the GraphQL endpoint, bound from the "GraphQL" section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted; larger ones get 413. Dataset imports are the largest legitimate bodies.</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;
}
