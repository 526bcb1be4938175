using System.Text.Json;
using CyberSkillsGraph.Api.Tests.Hardening;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>
/// The token server as other services and standard clients see it: tests/oidc-client/oidc.mjs drives the real
/// app on a loopback port with openid-client (a certified relying party) and jose, and every check must pass.
/// </summary>
public sealed class OpenIdClientTests(OpenIdClientTests.ClientRun run) : IClassFixture<OpenIdClientTests.ClientRun>
{
    public static TheoryData<string> Checks =>
    [
        "discovery: openid-client accepts the issuer metadata",
        "client credentials (planner): the access token verifies with jose against the JWKS and carries aud",
        "client credentials (provider): the access token verifies with jose against the JWKS and carries aud",
        "client credentials (standards-body): the access token verifies with jose against the JWKS and carries aud",
        "client credentials (admin): the access token verifies with jose against the JWKS and carries aud",
        "scope: a token without \"api\" cannot write",
        "introspection (RFC 7662) and revocation (RFC 7009): a revoked token is inactive and cannot write",
        "PKCE: plain is refused",
        "prompt=none without a session: the client gets login_required",
        "authorization code + S256: sign-in, ID token with nonce and auth_time, access token for the API",
        "prompt=none with a session: a code comes back without a page",
        "userinfo: the signed-in user with name and role",
        "refresh: a new access token",
        "logout: back to the registered page, and the refresh token stops working",
    ];

    [Theory]
    [MemberData(nameof(Checks))]
    public void Check_WhenRunWithOpenIdClient_ThenItPasses(string name)
    {
        var checks = run.ChecksOrSkip();

        Assert.True(checks.TryGetValue(name, out var result), $"oidc.mjs did not run '{name}'; it ran: {string.Join(" | ", checks.Keys)}");
        Assert.True(result.Ok, result.Detail);
    }

    /// <summary>Starts the app on 127.0.0.1 with a free port, runs oidc.mjs once and keeps its checks for every test.</summary>
    public sealed class ClientRun : IAsyncLifetime
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
        private readonly ApiFactory factory = new();
        private Dictionary<string, NodeChecks.Result>? checks;
        private string? skipReason;

        public IReadOnlyDictionary<string, NodeChecks.Result> ChecksOrSkip()
        {
            if (skipReason is not null) Assert.Skip(skipReason);
            return checks!;
        }

        public async ValueTask InitializeAsync()
        {
            skipReason = NodeChecks.SkipReason("oidc-client", "openid-client");
            if (skipReason is not null) return;

            // The redirect URI must name the port before the app starts, so the port is chosen first.
            var port = NodeChecks.FreeLoopbackPort();
            var baseUrl = $"http://127.0.0.1:{port}/";
            var redirectUri = baseUrl + "signin-callback";
            factory.Settings["Auth:WebRedirectUris:0"] = redirectUri;
            factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
            factory.StartServer();

            var accounts = JsonSerializer.Serialize(new
            {
                clients = new[] { "test-planner", "test-provider-de", "test-standards", "test-admin" }
                    .Select(id => ApiFactory.Clients.Single(c => c.ClientId == id))
                    .Select(c => new object?[] { c.ClientId, ApiFactory.SecretOf(c.ClientId), c.Role, c.Provider }),
                user = new { name = "alice", password = ApiFactory.AlicePassword, role = "provider" },
                redirectUri,
            });
            checks = await NodeChecks.RunAsync("oidc-client", "oidc.mjs", [baseUrl, accounts], Timeout);
        }

        public async ValueTask DisposeAsync() => await factory.DisposeAsync();
    }
}
