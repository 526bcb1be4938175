namespace CyberSkillsGraph.Storage.Neo4j;

/// <summary>
/// Where the Neo4j store is and how it talks to it. <see cref="ToString"/> leaves the password and
/// the token out, so logging the options cannot leak them.
/// </summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>The server's HTTP address, such as <c>http://localhost:7474</c> or an Aura <c>https://…</c> address.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The user for basic authentication; leave empty when the server has authentication off.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token from the server's single sign-on provider; used instead of <see cref="User"/> when set.</summary>
    public string? Token { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>How long one HTTP request may take before it is abandoned.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Rows per <c>UNWIND $rows</c> statement when writing.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Rows per request when loading.</summary>
    public int PageSize { get; set; } = 10_000;

    /// <summary>Retries after a transient error (0 turns retrying off).</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Throws when a setting cannot work, naming it.</summary>
    public void Validate()
    {
        if (Uri is not { IsAbsoluteUri: true } uri || (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps))
            throw new ArgumentException("Neo4j Uri must be an absolute http:// or https:// address (the HTTP port, 7474 by default, not Bolt's 7687).", nameof(Uri));
        if (string.IsNullOrWhiteSpace(Database))
            throw new ArgumentException("Neo4j Database must name a database.", nameof(Database));
        if (User?.Contains(':', StringComparison.Ordinal) == true)
            throw new ArgumentException("Neo4j User cannot contain ':' in basic authentication.", nameof(User));
        if (RequestTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "Neo4j RequestTimeout must be positive.");
        if (BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "Neo4j BatchSize must be at least 1.");
        if (PageSize < 1)
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "Neo4j PageSize must be at least 1.");
        if (MaxRetryAttempts < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "Neo4j MaxRetryAttempts cannot be negative.");
        if (RetryDelay < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, "Neo4j RetryDelay cannot be negative.");
    }

    public override string ToString()
    {
        var who = Token is { Length: > 0 } ? "a bearer token" : User is { Length: > 0 } ? $"user {User}" : "no credentials";
        return $"Neo4j at {Uri}, database {Database}, with {who}";
    }
}
