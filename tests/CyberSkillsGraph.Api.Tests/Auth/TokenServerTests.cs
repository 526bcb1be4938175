using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CyberSkillsGraph.Api.Tests.Auth;

public sealed class TokenServerTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string SetDemand = """mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2030, openings: 3 }) { demandEntry { openings } } }""";

    [Fact]
    public async Task Discovery_WhenRequested_ThenItNamesTheTokenAndAuthorizationEndpoints()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Cancel);

        Assert.EndsWith("/connect/token", document.GetProperty("token_endpoint").GetString());
        Assert.EndsWith("/connect/authorize", document.GetProperty("authorization_endpoint").GetString());
        Assert.Contains("client_credentials", document.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        Assert.Contains("S256", document.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task Token_WhenSecretIsWrong_ThenNoTokenIsIssued()
    {
        using var response = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "test-planner", ["client_secret"] = "not-the-secret-at-all", ["scope"] = "api",
        }), Cancel);

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Mutation_WhenAnonymous_ThenUnauthenticated()
    {
        var error = (await factory.CreateClient().PostAsync(SetDemand)).SingleError();

        Assert.Equal("UNAUTHENTICATED", error.Code());
    }

    [Theory]
    [InlineData("test-provider-de")]
    [InlineData("test-standards")]
    public async Task Mutation_WhenRoleDoesNotAllowIt_ThenForbidden(string clientId)
    {
        var client = await factory.ClientForAsync(clientId);

        Assert.Equal("FORBIDDEN", (await client.PostAsync(SetDemand)).SingleError().Code());
    }

    [Fact]
    public async Task Mutation_WhenTokenIsTampered_ThenItIsRefused()
    {
        var client = factory.CreateClient();
        var token = await ApiFactory.TokenAsync(client, "test-planner", ApiFactory.SecretOf("test-planner"));
        var tampered = token[..^6] + (token[^6] == 'A' ? 'B' : 'A') + token[^5..];
        client.DefaultRequestHeaders.Authorization = new("Bearer", tampered);

        Assert.Equal("UNAUTHENTICATED", (await client.PostAsync(SetDemand)).SingleError().Code());
    }

    [Fact]
    public async Task Mutation_WhenTokenIsForgedWithoutSignature_ThenItIsRefused()
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var forged = Part("""{"alg":"none","typ":"at+jwt"}""") + "." +
                     Part("""{"sub":"intruder","role":"admin","scope":"api","exp":4102444800,"iss":"http://localhost/"}""") + ".";
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        Assert.Equal("UNAUTHENTICATED", (await client.PostAsync(SetDemand)).SingleError().Code());
    }

    [Fact]
    public async Task AuthorizationCodeFlow_WhenAUserSignsIn_ThenTheWebClientGetsTokensThatWorkAndRefresh()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        const string redirect = "http://localhost:5000/signin-callback";
        var authorize = $"/connect/authorize?client_id=cyberskills-web&response_type=code&scope=api%20offline_access&state=s1" +
                        $"&redirect_uri={Uri.EscapeDataString(redirect)}&code_challenge={challenge}&code_challenge_method=S256";

        using var first = await browser.GetAsync(authorize, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var loginUrl = first.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/account/login", loginUrl);

        var loginPage = await browser.GetStringAsync(loginUrl, Cancel);
        var antiforgery = System.Text.RegularExpressions.Regex.Match(loginPage, "name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"");
        var returnUrl = HttpUtility.ParseQueryString(new Uri("http://x" + loginUrl).Query)["ReturnUrl"]!;
        using var login = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value),
            ["returnUrl"] = returnUrl, ["username"] = "alice", ["password"] = ApiFactory.AlicePassword,
        }), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using var second = await browser.GetAsync(login.Headers.Location!.OriginalString, Cancel);
        var callback = second.Headers.Location!;
        Assert.StartsWith(redirect, callback.OriginalString);
        var code = HttpUtility.ParseQueryString(callback.Query)["code"]!;

        using var tokenResponse = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirect, ["client_id"] = "cyberskills-web", ["code_verifier"] = verifier,
        }), Cancel);
        var tokens = await tokenResponse.ReadJsonAsync();
        Assert.True(tokenResponse.IsSuccessStatusCode, tokens.ToString());

        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        var mine = (await api.PostAsync("{ myTrainingProgrammes { nodes { id provider { id } } } }")).Data().GetProperty("myTrainingProgrammes").GetProperty("nodes");
        Assert.All(mine.EnumerateArray(), p => Assert.Equal("prov-ill-de-institut", p.GetProperty("provider").GetProperty("id").GetString()));

        using var refreshed = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!, ["client_id"] = "cyberskills-web",
        }), Cancel);
        Assert.True(refreshed.IsSuccessStatusCode);
        Assert.False(string.IsNullOrEmpty((await refreshed.ReadJsonAsync()).GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task Login_WhenPasswordIsWrong_ThenThePageSaysSoAndNoCookieIsSet()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync("/account/login?returnUrl=%2F", Cancel);
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"");

        using var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value),
            ["returnUrl"] = "https://evil.example/", ["username"] = "alice", ["password"] = "wrong",
        }), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The user name or password is wrong.", await response.Content.ReadAsStringAsync(Cancel));
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(Cancel));
    }
}
