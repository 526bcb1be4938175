using GraphQL.Transport;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Finds the text of the document a request runs: its query, a persisted document named by <c>documentId</c>, or an
/// automatic persisted query named by its hash. Says why when there is none to run.
/// </summary>
internal static class RequestDocument
{
    /// <summary>
    /// Why the request names no runnable document, or null when <c>request.Query</c> holds it. <paramref name="registerAs"/>
    /// is the automatic persisted query hash to keep the document under: only when the request sent the text itself and
    /// its hash matched, so no request can file one document under another's hash.
    /// </summary>
    public static RequestRefusal? Resolve(GraphQLRequest request, IServiceProvider services, bool onlyPersisted, out string? registerAs)
    {
        registerAs = null;
        if (request.DocumentId is { Length: > 0 } documentId)
        {
            if (!string.IsNullOrEmpty(request.Query)) return BadRequest("Send either query or documentId, not both.");
            if (!documentId.StartsWith(PersistedDocuments.Prefix, StringComparison.OrdinalIgnoreCase))
                return BadRequest($"documentId must start with '{PersistedDocuments.Prefix}'.");
            if (!services.GetRequiredService<PersistedDocuments>().TryGet(documentId, out var text))
                return BadRequest($"No persisted document has the id '{documentId}'.");
            request.Query = text;
            return null;
        }
        if (AutomaticPersistedQueries.HashOf(request.Extensions) is { } hash)
        {
            if (onlyPersisted) return BadRequest("This server runs only persisted documents: automatic persisted queries are turned off.");
            if (!string.IsNullOrEmpty(request.Query))
            {
                if (PersistedDocuments.Sha256Of(request.Query) != hash)
                    return new RequestRefusal("provided sha does not match query", ErrorCodes.PersistedQueryHashMismatch, StatusCodes.Status400BadRequest);
                registerAs = hash;
                return null;
            }
            if (services.GetRequiredService<AutomaticPersistedQueries>().TryGet(hash, out var known))
            {
                request.Query = known;
                return null;
            }
            // Apollo's link sends the full query when it sees this error; 200 so that GET requests can be cached and retried alike.
            return new RequestRefusal("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound, StatusCodes.Status200OK);
        }
        if (string.IsNullOrWhiteSpace(request.Query)) return BadRequest("The request has no query.");
        return onlyPersisted ? BadRequest("This server runs only persisted documents: send documentId instead of query.") : null;
    }

    private static RequestRefusal BadRequest(string message) => new(message, ErrorCodes.BadRequest, StatusCodes.Status400BadRequest);
}
