using Microsoft.Extensions.Caching.Memory;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Apollo's automatic persisted queries: a client first sends only the SHA-256 of its query
/// (<c>extensions.persistedQuery.sha256Hash</c>); when the server does not know it, the answer is
/// <c>PERSISTED_QUERY_NOT_FOUND</c> and the client sends the query with its hash, which registers it. Registered
/// documents live in a bounded in-memory cache (least recently used go first), so they cost a fixed amount of memory.
/// </summary>
public sealed class AutomaticPersistedQueries : IDisposable
{
    /// <summary>Most documents kept at once.</summary>
    public const int Capacity = 1_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The hash a request names, when it follows the protocol (version 1).</summary>
    public static string? HashOf(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted &&
        persisted.GetValueOrDefault("sha256Hash") is string hash
            ? hash.ToLowerInvariant()
            : null;

    public bool TryGet(string hash, out string query) => _documents.TryGetValue(hash, out query!);

    /// <summary>Keeps a document that passed the document limits, under its verified hash.</summary>
    public void Register(string hash, string query) => _documents.Set(hash, query, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _documents.Dispose();
}
