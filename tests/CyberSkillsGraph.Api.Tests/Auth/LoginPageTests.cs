using System.Net;

namespace CyberSkillsGraph.Api.Tests.Auth;

public sealed class LoginPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/\u0001connect")]
    [InlineData("/caf\u00e9")]
    [InlineData("/a\r\nSet-Cookie: x=1")]
    [InlineData("//evil.example/")]
    public async Task Login_WhenReturnUrlIsNotAPlainLocalPath_ThenItRedirectsToTheRoot(string returnUrl)
    {
        var flow = new BrowserSignIn(factory);

        using var response = await flow.LoginAsync("/account/login", "alice", ApiFactory.AlicePassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_WhenPostedAsJson_ThenBadRequestNotAServerError()
    {
        using var response = await factory.CreateClient().PostAsync("/account/login",
            new StringContent("""{"username":"alice"}""", System.Text.Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("application/x-www-form-urlencoded", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task LoginPage_WhenReturnUrlHasControlCharacters_ThenThePageStillRendersWithARootReturnUrl()
    {
        using var response = await factory.CreateClient().GetAsync("/account/login?returnUrl=%2F%01%C3%A9", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"returnUrl\" value=\"/\"", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/.well-known/openid-configuration")]
    [InlineData("/.well-known/jwks")]
    [InlineData("/connect/authorize?client_id=cyberskills-web")]
    public async Task Response_WhenSignInOrOpenIdEndpoint_ThenItCarriesTheWebUiSecurityHeaders(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path, Cancel);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Token_WhenRequested_ThenTheResponseCarriesNosniffAndNoStore()
    {
        using var response = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "test-planner", ["client_secret"] = ApiFactory.SecretOf("test-planner"), ["scope"] = "api",
        }), Cancel);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }
}
