using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>PKCE is S256 only: "plain", and a challenge without a method (which means plain), are refused.</summary>
public sealed class PkceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Discovery_WhenRequested_ThenOnlyS256IsAdvertised()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Cancel);

        Assert.Equal(["S256"], document.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("&code_challenge_method=plain")]
    [InlineData("")]
    public async Task Authorize_WhenChallengeIsNotS256_ThenInvalidRequest(string method)
    {
        var flow = new BrowserSignIn(factory);
        var url = flow.AuthorizeUrl().Replace($"&code_challenge={flow.Challenge}&code_challenge_method=S256", $"&code_challenge={flow.Verifier}{method}");

        using var response = await flow.Browser.GetAsync(url, Cancel);

        // Refused before the client's redirect URI is trusted, so the error is shown rather than sent back.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("invalid_request", body);
        Assert.Contains("code_challenge_method", body);
    }

    [Fact]
    public async Task Token_WhenVerifierDoesNotMatchTheChallenge_ThenInvalidGrant()
    {
        var flow = new BrowserSignIn(factory);
        var callback = await flow.SignInAsync();

        using var response = await flow.Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = BrowserSignIn.Parameter(callback, "code")!, ["redirect_uri"] = BrowserSignIn.RedirectUri,
            ["client_id"] = "cyberskills-web", ["code_verifier"] = new BrowserSignIn(factory).Verifier,
        }), Cancel);

        Assert.Equal("invalid_grant", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }
}
