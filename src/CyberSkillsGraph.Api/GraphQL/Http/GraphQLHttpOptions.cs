namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>Limits of the GraphQL endpoint, bound from the "GraphQL" section. docs/security.md lists them with their defaults.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted; larger ones get 413. Dataset imports are the largest legitimate bodies.</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Most lexical tokens a query document may have; counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Most field selections a document may have (each written field counts once, in fragments too); counted before validation.</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>
    /// Most fields with the same response name (alias or name) one selection set may hold, fragments included.
    /// Checking that such fields can be merged costs the square of their number, so it is bounded before validation.
    /// </summary>
    public int MaxFieldsPerResponseName { get; set; } = 10;

    /// <summary>Most mutation fields one request may run; each counts against the client's mutation rate limit.</summary>
    public int MaxMutationFields { get; set; } = 10;

    /// <summary>Most errors one response carries; the rest are summed up in one last error.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>
    /// Largest estimated cost of one query (fields weighted, lists multiplied by their real sizes); dearer queries are
    /// refused before they run. A unit costs under a microsecond to resolve and serialise, so the default bounds a query
    /// to a fraction of a second while every full answer of the analyses at synthetic scale L (the root region's
    /// 3,641 gap rows: about 273,000) still fits.
    /// </summary>
    public int MaxComplexity { get; set; } = 500_000;

    /// <summary>
    /// Estimated cost one client (token subject, else address) may spend per minute; beyond it requests get 429 with
    /// Retry-After. The default is forty requests at the largest cost a minute, about twenty seconds of one core.
    /// </summary>
    public long CostPerMinute { get; set; } = 20_000_000;

    /// <summary>Largest response body; a larger answer is replaced by an error that says so.</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Longest one request may take from parsing to its answer before it is stopped with an error.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Folder of persisted documents (*.graphql); each is addressed as documentId "sha256:&lt;hex of its UTF-8 text&gt;".</summary>
    public string? PersistedDocumentsDirectory { get; set; }

    /// <summary>Refuse ad-hoc query text and run only persisted documents (a locked-down production setting).</summary>
    public bool AllowOnlyPersistedDocuments { get; set; }
}
