using System.Net;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>Clients, users and redirect URIs follow the configuration on every start.</summary>
public sealed class AccountSetupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WhenAClientAndAUserAreNoLongerConfigured_ThenTheyAndTheirTokensStopWorking()
    {
        await using var before = new ApiFactory();
        before.Settings["Auth:Clients:6:ClientId"] = "test-leaving";
        before.Settings["Auth:Clients:6:ClientSecret"] = ApiFactory.SecretOf("test-leaving");
        before.Settings["Auth:Clients:6:Role"] = "planner";
        var token = await ApiFactory.TokenAsync(before.CreateClient(), "test-leaving", ApiFactory.SecretOf("test-leaving"));

        // A second start on the same data folder, with the client gone and alice's password changed.
        await using var after = new ApiFactory { DataDirectory = before.DataDirectory };
        after.Settings["Auth:Users:0:Password"] = "a-new-and-longer-password";
        var client = after.CreateClient();
        using var refused = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "test-leaving", ["client_secret"] = ApiFactory.SecretOf("test-leaving"), ["scope"] = "api",
        }), Cancel);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var write = (await client.PostAsync("""mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2033, openings: 1 }) { demandEntry { openings } } }""")).SingleError();
        var flow = new BrowserSignIn(after);
        using var oldPassword = await flow.LoginAsync("/account/login", "alice", ApiFactory.AlicePassword);
        using var newPassword = await flow.LoginAsync("/account/login", "alice", "a-new-and-longer-password");

        Assert.Equal("invalid_client", (await refused.ReadJsonAsync()).GetProperty("error").GetString());
        Assert.Equal("UNAUTHENTICATED", write.Code());
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task Start_WhenTheWebRedirectUrisChange_ThenTheNewOneIsAcceptedAndTheOldOneIsNot()
    {
        await using var before = new ApiFactory();
        await new BrowserSignIn(before).SignInAsync();
        await using var after = new ApiFactory { DataDirectory = before.DataDirectory };
        after.Settings["Auth:WebRedirectUris:0"] = "https://skills.example.org/signin-callback";
        var flow = new BrowserSignIn(after);

        using var moved = await flow.Browser.GetAsync(flow.AuthorizeUrl().Replace(Uri.EscapeDataString(BrowserSignIn.RedirectUri), Uri.EscapeDataString("https://skills.example.org/signin-callback")), Cancel);
        using var old = await flow.Browser.GetAsync(flow.AuthorizeUrl(), Cancel);

        Assert.Contains("/account/login", moved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5610", "http://127.0.0.1:5610/signin-callback")]
    [InlineData("http://127.0.0.1:5610", "http://localhost:5610/signin-callback")]
    [InlineData("http://localhost:8123;http://127.0.0.1:9000", "http://127.0.0.1:8123/signin-callback")]
    public async Task Authorize_WhenDevelopmentListensOnALoopbackPort_ThenThatPortsCallbackIsRegistered(string urls, string redirect)
    {
        await using var factory = new ApiFactory { Environment = "Development" };
        factory.Settings["urls"] = urls;
        var flow = new BrowserSignIn(factory);

        using var response = await flow.Browser.GetAsync(flow.AuthorizeUrl().Replace(Uri.EscapeDataString(BrowserSignIn.RedirectUri), Uri.EscapeDataString(redirect)), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("short-pw", "at least 12 characters")]
    [InlineData("password1234", "most common passwords")]
    [InlineData("aaaaaaaaaaaaaaaa", "one character repeated")]
    [InlineData("my-name-is-alice-ok", "user name")]
    public async Task Start_WhenAUsersPasswordBreaksThePolicyOutsideDevelopment_ThenItRefusesNamingUserAndRule(string password, string rule)
    {
        await using var factory = new ApiFactory();
        factory.Settings["Auth:Users:0:Password"] = password;

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Auth:Users 'alice'", error.ToString());
        Assert.Contains(rule, error.ToString());
    }
}
