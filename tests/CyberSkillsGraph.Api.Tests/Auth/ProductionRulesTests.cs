using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>Production refuses demo accounts, tokens over plain HTTP and an issuer from the Host header, whatever a launch profile or setting says.</summary>
public sealed class ProductionRulesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Issuer = "https://skills.example.org/";

    private static ApiFactory Production(params (string Key, string Value)[] settings)
    {
        var factory = new ApiFactory { Environment = "Production" };
        factory.Settings["Auth:RequireHttps"] = "true";
        factory.Settings["Auth:Issuer"] = Issuer;
        foreach (var (key, value) in settings) factory.Settings[key] = value;
        return factory;
    }

    [Theory]
    [InlineData("Auth:CreateDemoAccounts", "true", "Auth:CreateDemoAccounts")]
    [InlineData("Auth:RequireHttps", "false", "Auth:RequireHttps")]
    [InlineData("Auth:Issuer", "", "Auth:Issuer")]
    [InlineData("Auth:Issuer", "http://skills.example.org/", "Auth:Issuer")]
    [InlineData("Auth:Issuer", "not a url", "Auth:Issuer")]
    public async Task Start_WhenProductionIsConfiguredUnsafely_ThenItRefusesNamingTheSetting(string key, string value, string named)
    {
        await using var factory = Production((key, value));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(named, error.ToString());
        Assert.Contains("Production", error.ToString());
    }

    [Fact]
    public async Task Token_WhenProductionIsAskedOverPlainHttp_ThenNoTokenIsIssued()
    {
        await using var factory = Production();

        using var response = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "test-planner", ["client_secret"] = ApiFactory.SecretOf("test-planner"), ["scope"] = "api",
        }), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("access_token", body);
    }

    [Fact]
    public async Task Discovery_WhenTheIssuerIsPinned_ThenAForeignHostHeaderChangesNeitherDiscoveryNorTokens()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Auth:Issuer"] = Issuer;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var document = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Cancel);
        var token = await ApiFactory.TokenAsync(client, "test-planner", ApiFactory.SecretOf("test-planner"));
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var claims = JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '='))).RootElement;

        Assert.Equal(Issuer, document.GetProperty("issuer").GetString());
        Assert.Equal(Issuer, claims.GetProperty("iss").GetString());
    }
}
