using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>prompt, max_age and auth_time as OpenID Connect Core says; userinfo, introspection, revocation and logout.</summary>
public sealed class OpenIdConnectTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string SetDemand = """mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2031, openings: 2 }) { demandEntry { openings } } }""";

    [Fact]
    public async Task Authorize_WhenPromptIsNoneAndNobodyIsSignedIn_ThenTheClientGetsLoginRequired()
    {
        var flow = new BrowserSignIn(factory);

        using var response = await flow.Browser.GetAsync(flow.AuthorizeUrl(extra: "&prompt=none"), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(BrowserSignIn.RedirectUri, response.Headers.Location!.OriginalString);
        Assert.Equal("login_required", BrowserSignIn.Parameter(response.Headers.Location!, "error"));
    }

    [Fact]
    public async Task Authorize_WhenPromptIsNoneAndASessionExists_ThenACodeComesBackWithoutAPage()
    {
        var flow = new BrowserSignIn(factory);
        await flow.SignInAsync();

        var callback = await flow.SignInAsync(extra: "&prompt=none");

        Assert.StartsWith(BrowserSignIn.RedirectUri, callback.OriginalString);
        Assert.NotNull(BrowserSignIn.Parameter(callback, "code"));
    }

    [Fact]
    public async Task Authorize_WhenPromptIsNoneButTheSessionIsOlderThanMaxAge_ThenTheClientGetsLoginRequired()
    {
        var flow = new BrowserSignIn(factory);
        await flow.SignInAsync();

        using var response = await flow.Browser.GetAsync(flow.AuthorizeUrl(extra: "&prompt=none&max_age=0"), Cancel);

        Assert.StartsWith(BrowserSignIn.RedirectUri, response.Headers.Location!.OriginalString);
        Assert.Equal("login_required", BrowserSignIn.Parameter(response.Headers.Location!, "error"));
    }

    [Theory]
    [InlineData("&prompt=login")]
    [InlineData("&max_age=0")]
    public async Task Authorize_WhenPromptIsLoginOrMaxAgeIsZero_ThenASignedInUserIsAskedAgainOnce(string extra)
    {
        var flow = new BrowserSignIn(factory);
        await flow.SignInAsync();

        using var again = await flow.Browser.GetAsync(flow.AuthorizeUrl(extra: extra), Cancel);
        var login = again.Headers.Location!;
        var loginUrl = login.IsAbsoluteUri ? login.PathAndQuery : login.OriginalString;
        Assert.StartsWith("/account/login", loginUrl);
        Assert.DoesNotContain("prompt", Uri.UnescapeDataString(loginUrl));
        Assert.DoesNotContain("max_age", Uri.UnescapeDataString(loginUrl));

        using var posted = await flow.LoginAsync(loginUrl, "alice", ApiFactory.AlicePassword);
        using var back = await flow.Browser.GetAsync(posted.Headers.Location!.OriginalString, Cancel);
        Assert.StartsWith(BrowserSignIn.RedirectUri, back.Headers.Location!.OriginalString);
        Assert.NotNull(BrowserSignIn.Parameter(back.Headers.Location!, "code"));
    }

    [Fact]
    public async Task IdToken_WhenAUserSignsInWithProfileAndRoles_ThenItCarriesAuthTimeNameAndRole()
    {
        var flow = new BrowserSignIn(factory);
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 5;

        var tokens = await flow.RedeemAsync(await flow.SignInAsync(scope: "openid profile roles api offline_access"));
        var idToken = Payload(tokens.GetProperty("id_token").GetString()!);

        Assert.InRange(idToken.GetProperty("auth_time").GetInt64(), before, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);
        Assert.Equal("alice", idToken.GetProperty("name").GetString());
        Assert.Equal("provider", idToken.GetProperty("role").GetString());
    }

    [Fact]
    public async Task UserInfo_WhenCalledWithAUsersAccessToken_ThenItAnswersWithTheClaimsOfTheGrantedScopes()
    {
        var flow = new BrowserSignIn(factory);
        var tokens = await flow.RedeemAsync(await flow.SignInAsync(scope: "openid profile roles api"));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());

        var info = await client.GetFromJsonAsync<JsonElement>("/connect/userinfo", Cancel);

        Assert.False(string.IsNullOrEmpty(info.GetProperty("sub").GetString()));
        Assert.Equal("alice", info.GetProperty("name").GetString());
        Assert.Equal("prov-ill-de-institut", info.GetProperty("provider_id").GetString());
    }

    [Fact]
    public async Task Revocation_WhenAServiceRevokesItsAccessToken_ThenIntrospectionSaysInactiveAndWritesAreRefused()
    {
        var client = factory.CreateClient();
        var token = await ApiFactory.TokenAsync(client, "test-planner", ApiFactory.SecretOf("test-planner"));
        var active = await IntrospectAsync(client, token);

        using var revoked = await client.PostAsync("/connect/revoke", Form(("token", token), ("client_id", "test-planner"), ("client_secret", ApiFactory.SecretOf("test-planner"))), Cancel);
        var inactive = await IntrospectAsync(client, token);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var write = (await client.PostAsync(SetDemand)).SingleError();

        Assert.True(active.GetProperty("active").GetBoolean());
        Assert.Equal("test-planner", active.GetProperty("sub").GetString());
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.False(inactive.GetProperty("active").GetBoolean());
        Assert.Equal("UNAUTHENTICATED", write.Code());
    }

    [Fact]
    public async Task Logout_WhenTheUserSignsOut_ThenTheRefreshTokenStopsWorkingAndTheRegisteredPageIsNext()
    {
        var flow = new BrowserSignIn(factory);
        var tokens = await flow.RedeemAsync(await flow.SignInAsync());

        using var logout = await flow.Browser.GetAsync("/connect/logout?post_logout_redirect_uri=" + Uri.EscapeDataString("http://localhost:5000/") + "&state=bye", Cancel);
        using var refresh = await flow.Browser.PostAsync("/connect/token", Form(
            ("grant_type", "refresh_token"), ("refresh_token", tokens.GetProperty("refresh_token").GetString()!), ("client_id", "cyberskills-web")), Cancel);
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());

        var refreshed = await refresh.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith("http://localhost:5000/", logout.Headers.Location!.OriginalString);
        Assert.True(refreshed.TryGetProperty("error", out var error) && error.GetString() == "invalid_grant", refreshed.ToString());
        Assert.Equal("UNAUTHENTICATED", (await api.PostAsync("{ myTrainingProgrammes { totalCount } }")).SingleError().Code());
    }

    [Fact]
    public async Task Logout_WhenThePostLogoutAddressIsNotRegistered_ThenTheBrowserIsNotSentThere()
    {
        var flow = new BrowserSignIn(factory);

        using var logout = await flow.Browser.GetAsync("/connect/logout?post_logout_redirect_uri=" + Uri.EscapeDataString("https://evil.example/"), Cancel);

        Assert.DoesNotContain("evil.example", logout.Headers.Location?.OriginalString ?? "");
    }

    [Fact]
    public async Task Discovery_WhenRequested_ThenItAdvertisesOnlyWhatWorks()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Cancel);
        string?[] Values(string name) => [.. document.GetProperty(name).EnumerateArray().Select(v => v.GetString())];

        Assert.EndsWith("/connect/userinfo", document.GetProperty("userinfo_endpoint").GetString());
        Assert.EndsWith("/connect/introspect", document.GetProperty("introspection_endpoint").GetString());
        Assert.EndsWith("/connect/revoke", document.GetProperty("revocation_endpoint").GetString());
        Assert.DoesNotContain("private_key_jwt", Values("token_endpoint_auth_methods_supported"));
        Assert.Equal(["login", "none"], Values("prompt_values_supported").Order());
        Assert.Contains("auth_time", Values("claims_supported"));
        Assert.Contains("provider_id", Values("claims_supported"));
    }

    private static async Task<JsonElement> IntrospectAsync(HttpClient client, string token)
    {
        using var response = await client.PostAsync("/connect/introspect",
            Form(("token", token), ("client_id", "test-planner"), ("client_secret", ApiFactory.SecretOf("test-planner"))), Cancel);
        return await response.ReadJsonAsync();
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    private static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=')))).RootElement;
    }
}
