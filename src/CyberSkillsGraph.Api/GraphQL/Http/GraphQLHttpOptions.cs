namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>Limits of the GraphQL endpoint, bound from the "GraphQL" section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted; larger ones get 413. Dataset imports are the largest legitimate bodies.</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest estimated cost of one query (fields weighted, lists multiplied); dearer queries are refused before they run.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Longest one request may execute before it is stopped with an error.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Folder of persisted documents (*.graphql); each is addressed as documentId "sha256:&lt;hex of its UTF-8 text&gt;".</summary>
    public string? PersistedDocumentsDirectory { get; set; }

    /// <summary>Refuse ad-hoc query text and run only persisted documents (a locked-down production setting).</summary>
    public bool AllowOnlyPersistedDocuments { get; set; }
}
