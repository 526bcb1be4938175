using Microsoft.Extensions.Caching.Memory;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Apollo's automatic persisted queries: a client first sends only the SHA-256 of its query
/// (<c>extensions.persistedQuery.sha256Hash</c>); when the server does not know it, the answer is
/// <c>PERSISTED_QUERY_NOT_FOUND</c> and the client sends the query with its hash, which registers it. Registered
/// documents live in an in-memory cache bounded by their total length (least recently used go first), so they cost a
/// fixed amount of memory however large or many they are.
/// </summary>
public sealed class AutomaticPersistedQueries : IDisposable
{
    /// <summary>Characters kept at once, each document charged its length plus <see cref="EntryOverhead"/>: about 8 MB.</summary>
    public const long Capacity = 4_000_000;

    /// <summary>
    /// A longer document still runs but is not kept. Real operations are a few kilobytes; a document padded with
    /// comments (which the token limit does not count) to megabytes once took 11–16 MB of memory per entry.
    /// </summary>
    public const int MaxDocumentLength = 65_536;

    /// <summary>What an entry costs beside its text (the cache entry, the key), in characters' worth.</summary>
    private const int EntryOverhead = 256;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The hash a request names, when it follows the protocol (version 1).</summary>
    public static string? HashOf(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted &&
        persisted.GetValueOrDefault("sha256Hash") is string hash
            ? hash.ToLowerInvariant()
            : null;

    public bool TryGet(string hash, out string query) => _documents.TryGetValue(hash, out query!);

    /// <summary>Keeps a document that passed the document limits, under the hash the request proved it has.</summary>
    public void Register(string hash, string query)
    {
        if (query.Length <= MaxDocumentLength) _documents.Set(hash, query, new MemoryCacheEntryOptions { Size = query.Length + EntryOverhead });
    }

    public void Dispose() => _documents.Dispose();
}
