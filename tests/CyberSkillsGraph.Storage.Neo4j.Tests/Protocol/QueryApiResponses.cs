using System.Net;
using System.Text;
using System.Text.Json;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>Response bodies shaped as Neo4j's Query API documentation shows them.</summary>
internal static class QueryApiResponses
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    /// <summary>202 with <c>data.fields</c>, <c>data.values</c> and a bookmark, as every query answers.</summary>
    public static HttpResponseMessage Rows(string[] fields, params object?[][] rows) =>
        Json(HttpStatusCode.Accepted, new { data = new { fields, values = rows }, bookmarks = new[] { "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" } });

    public static HttpResponseMessage Written(int count) => Rows(["written"], [count]);

    /// <summary>The answer to opening a transaction: its id and expiry, and the affinity header.</summary>
    public static HttpResponseMessage Begin(string id, string[] fields, params object?[][] rows)
    {
        var response = Json(HttpStatusCode.Accepted, new
        {
            data = new { fields, values = rows },
            bookmarks = Array.Empty<string>(),
            transaction = new { id, expires = "2024-10-22T15:48:29Z" },
        });
        response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", Affinity);
        return response;
    }

    public static HttpResponseMessage Error(string code, string message, HttpStatusCode status = HttpStatusCode.Accepted) =>
        Json(status, new { errors = new[] { new { code, message } } });

    public static HttpResponseMessage Committed() =>
        Json(HttpStatusCode.Accepted, new { bookmarks = new[] { "FB:committed" } });

    public static HttpResponseMessage NoBody(HttpStatusCode status = HttpStatusCode.Accepted) => new(status);

    public static HttpResponseMessage Raw(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    private static HttpResponseMessage Json(HttpStatusCode status, object body) => Raw(status, JsonSerializer.Serialize(body));
}
