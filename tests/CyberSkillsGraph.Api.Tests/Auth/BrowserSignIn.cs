using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>A browser with cookies driving the web client's authorization code flow with PKCE (S256) step by step.</summary>
internal sealed partial class BrowserSignIn(WebApplicationFactory<Program> factory)
{
    public const string RedirectUri = "http://localhost:5000/signin-callback";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Browser { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public string Verifier { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string AuthorizeUrl(string scope = "api offline_access", string extra = "") =>
        $"/connect/authorize?client_id=cyberskills-web&response_type=code&scope={Uri.EscapeDataString(scope)}&state=s1" +
        $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={Challenge}&code_challenge_method=S256{extra}";

    /// <summary>Fills in and posts the login form found at <paramref name="loginUrl"/>.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string loginUrl, string userName, string password, string? returnUrl = null)
    {
        var page = await Browser.GetStringAsync(loginUrl, Cancel);
        var antiforgery = AntiforgeryField().Match(page);
        returnUrl ??= HttpUtility.ParseQueryString(new Uri("http://x" + loginUrl).Query)["ReturnUrl"] ?? "/";
        return await Browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups["name"].Value] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value),
            ["returnUrl"] = returnUrl, ["username"] = userName, ["password"] = password,
        }), Cancel);
    }

    /// <summary>Authorize, sign in as alice when asked, and return where the server finally sends the browser back to the client.</summary>
    public async Task<Uri> SignInAsync(string scope = "api offline_access", string extra = "", string userName = "alice", string password = ApiFactory.AlicePassword)
    {
        using var first = await Browser.GetAsync(AuthorizeUrl(scope, extra), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var location = first.Headers.Location!;
        var loginUrl = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        if (!loginUrl.StartsWith("/account/login", StringComparison.Ordinal)) return location;

        using var login = await LoginAsync(loginUrl, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var second = await Browser.GetAsync(login.Headers.Location!.OriginalString, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        return second.Headers.Location!;
    }

    public static string? Parameter(Uri callback, string name) => HttpUtility.ParseQueryString(callback.Query)[name];

    /// <summary>Redeems the code at the token endpoint with this browser's verifier.</summary>
    public async Task<JsonElement> RedeemAsync(Uri callback)
    {
        using var response = await Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = Parameter(callback, "code")!, ["redirect_uri"] = RedirectUri,
            ["client_id"] = "cyberskills-web", ["code_verifier"] = Verifier,
        }), Cancel);
        var tokens = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, tokens.ToString());
        return tokens;
    }

    [GeneratedRegex("name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
