using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests;

/// <summary>Posts GraphQL requests the way a client would and hands back the parsed response.</summary>
internal static class GraphQLClient
{
    public static async Task<JsonElement> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendQueryAsync(query, variables);
        return await response.ReadJsonAsync();
    }

    public static async Task<HttpResponseMessage> SendQueryAsync(this HttpClient client, string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public static JsonElement Data(this JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    public static JsonElement SingleError(this JsonElement response) => Assert.Single(response.GetProperty("errors").EnumerateArray());

    /// <summary>A mutation payload's userErrors, each as "input/regions/0 INVALID: message" (the field path joined by '/', or "-" when it has none).</summary>
    public static List<string> UserErrors(this JsonElement payload) =>
        [.. payload.GetProperty("userErrors").EnumerateArray().Select(e =>
            $"{(e.GetProperty("field").ValueKind == JsonValueKind.Null ? "-" : string.Join('/', e.GetProperty("field").EnumerateArray().Select(s => s.GetString())))} " +
            $"{e.GetProperty("code").GetString()}: {e.GetProperty("message").GetString()}")];

    public static string Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;
}
