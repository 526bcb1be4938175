using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>Access tokens are signed JWTs for the API audience that any service can validate with the published keys alone.</summary>
public sealed class AccessTokenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string SetDemand = """mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2030, openings: 3 }) { demandEntry { openings } } }""";

    [Fact]
    public async Task ClientCredentialsToken_WhenDecoded_ThenItIsASignedJwtForTheApiAudience()
    {
        var token = await ApiFactory.TokenAsync(factory.CreateClient(), "test-planner", ApiFactory.SecretOf("test-planner"));

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonDocument.Parse(Base64Url(parts[0])).RootElement;
        var payload = JsonDocument.Parse(Base64Url(parts[1])).RootElement;
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.False(header.TryGetProperty("enc", out _));
        Assert.Contains("cyberskills-api", Audiences(payload));
        Assert.Equal("api", payload.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task ClientCredentialsToken_WhenAnotherServiceValidatesItWithStockJwtBearer_ThenItIsAccepted()
    {
        var token = await ApiFactory.TokenAsync(factory.CreateClient(), "test-planner", ApiFactory.SecretOf("test-planner"));
        await using var partner = await PartnerServiceAsync();
        var client = partner.GetTestClient();

        using var anonymous = await client.GetAsync("/whoami", Cancel);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var signedIn = await client.GetAsync("/whoami", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("test-planner", await signedIn.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task ClientCredentialsToken_WhenTamperedAndValidatedWithStockJwtBearer_ThenItIsRefused()
    {
        var token = await ApiFactory.TokenAsync(factory.CreateClient(), "test-planner", ApiFactory.SecretOf("test-planner"));
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("\"test-planner\"", "\"test-admin\"");
        var forged = parts[0] + "." + Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "." + parts[2];
        await using var partner = await PartnerServiceAsync();
        var client = partner.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        using var response = await client.GetAsync("/whoami", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Mutation_WhenTokenHasNoApiScope_ThenForbiddenAndNothingChanges()
    {
        var client = factory.CreateClient();
        using var tokenResponse = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "test-planner", ["client_secret"] = ApiFactory.SecretOf("test-planner"),
        }), Cancel);
        var tokens = await tokenResponse.ReadJsonAsync();
        Assert.True(tokenResponse.IsSuccessStatusCode, tokens.ToString());
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());

        var error = (await client.PostAsync(SetDemand)).SingleError();

        Assert.Equal("FORBIDDEN", error.Code());
        Assert.Contains("'api' scope", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ClientCredentials_WhenOpenIdIsRequested_ThenNoIdentityTokenIsIssued()
    {
        using var response = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "test-planner", ["client_secret"] = ApiFactory.SecretOf("test-planner"),
            ["scope"] = "openid api",
        }), Cancel);
        var tokens = await response.ReadJsonAsync();

        Assert.True(response.IsSuccessStatusCode, tokens.ToString());
        Assert.False(tokens.TryGetProperty("id_token", out _));
    }

    /// <summary>A second ASP.NET Core service that knows only our issuer's address and the API audience, configured as docs/security.md shows.</summary>
    private async Task<WebApplication> PartnerServiceAsync()
    {
        _ = factory.Server; // started, so that its handler answers discovery and JWKS requests
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.Authority = "http://localhost/";
            options.Audience = "cyberskills-api";
            options.MapInboundClaims = false;
            // Plain HTTP only because the token server here is an in-memory test server.
            options.RequireHttpsMetadata = false;
            options.BackchannelHttpHandler = factory.Server.CreateHandler();
        });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/whoami", (HttpContext http) => http.User.FindFirst("sub")?.Value).RequireAuthorization();
        await app.StartAsync(Cancel);
        return app;
    }

    private static IEnumerable<string?> Audiences(JsonElement payload) => payload.GetProperty("aud") switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(a => a.GetString()),
        var single => [single.GetString()],
    };

    private static string Base64Url(string part) => Encoding.UTF8.GetString(Convert.FromBase64String(Pad(part)));

    private static string Pad(string part)
    {
        var text = part.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
    }
}
