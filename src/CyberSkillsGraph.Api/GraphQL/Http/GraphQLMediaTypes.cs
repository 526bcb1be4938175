using Microsoft.Net.Http.Headers;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>Content negotiation of the GraphQL over HTTP specification.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an Accept header: the GraphQL response type when the client names it,
    /// plain JSON when it names only that, accepts anything (<c>*/*</c>, as curl and fetch send by default)
    /// or sends no Accept, as the specification asks for legacy clients; else null (406).
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0) return Json;
        string? best = null;
        double bestQuality = 0;
        foreach (var value in accept)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0) continue;
            var candidate = value.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            // Prefer the higher quality, and on a tie the GraphQL response type.
            if (candidate is not null && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) &&
        string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase) &&
        (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
