using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberSkillsGraph.Api.Web;

namespace CyberSkillsGraph.Web.Tests;

/// <summary>How the API serves the UI, checked over plain HTTP (no browser needed).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServingTests(WebUiServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/learning-path")]
    [InlineData("/coverage")]
    [InlineData("/signin-callback")]
    [InlineData("/provider")]
    [InlineData("/provider/new")]
    [InlineData("/provider/edit/prov-ill-de-institut-1234")]
    public async Task AppRoute_WhenRequested_ThenTheDashboardPageComesWithItsSecurityHeaders(string path)
    {
        using var client = server.CreateHttpClient();
        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(WebUiEndpoints.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task GraphiQL_WhenRequested_ThenItsPageComesAndTheGraphQLEndpointIsUntouched()
    {
        using var client = server.CreateHttpClient();
        using var page = await client.GetAsync("/graphiql", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<div id=\"graphiql\">", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var query = await client.GetAsync("/graphql?query=%7Brevision%7D", Cancel);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.True((await query.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("data").GetProperty("revision").GetInt64() >= 1);
    }

    [Theory]
    [InlineData("/.well-known/openid-configuration", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/assets/no-such-file.js", HttpStatusCode.NotFound)]
    public async Task OtherPath_WhenRequested_ThenTheUiDoesNotShadowIt(string path, HttpStatusCode expected)
    {
        using var client = server.CreateHttpClient();
        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_WhenPostedTo_ThenTheTokenServerAnswersNotTheUi()
    {
        using var client = server.CreateHttpClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "ui-test-planner",
            ["client_secret"] = "ui-test-planner-secret-0123456789",
            ["scope"] = "api",
        }), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task Assets_WhenRequested_ThenTheyAreCachedForAYearAndCarryTheCsp()
    {
        using var client = server.CreateHttpClient();
        var html = await client.GetStringAsync("/", Cancel);
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        using var response = await client.GetAsync(script, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(WebUiEndpoints.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public void ContentSecurityPolicy_WhenRead_ThenItNamesNoOtherOrigin()
    {
        var policy = WebUiEndpoints.ContentSecurityPolicy;

        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }
}
