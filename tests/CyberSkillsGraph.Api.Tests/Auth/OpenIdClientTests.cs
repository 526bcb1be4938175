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
    public void Check_WhenRunWithOpenIdClient_ThenItPasses(string name) => run.AssertPassed(name);

    /// <summary>Starts the app on 127.0.0.1 with a free port and runs oidc.mjs once.</summary>
    public sealed class ClientRun() : NodeCheckRun("oidc-client", "openid-client")
    {
        protected override async Task<Dictionary<string, NodeChecks.Result>> RunAsync()
        {
            // The redirect URI must name the port before the app starts, so the port is chosen first.
            var port = NodeChecks.FreeLoopbackPort();
            var baseUrl = $"http://127.0.0.1:{port}/";
            var redirectUri = baseUrl + "signin-callback";
            Factory.Settings["Auth:WebRedirectUris:0"] = redirectUri;
            Factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
            Factory.StartServer();

            var accounts = JsonSerializer.Serialize(new
            {
                clients = new[] { "test-planner", "test-provider-de", "test-standards", "test-admin" }
                    .Select(id => ApiFactory.Clients.Single(c => c.ClientId == id))
                    .Select(c => new object?[] { c.ClientId, ApiFactory.SecretOf(c.ClientId), c.Role, c.Provider }),
                user = new { name = "alice", password = ApiFactory.AlicePassword, role = "provider" },
                redirectUri,
            });
            return await NodeChecks.RunAsync("oidc-client", "oidc.mjs", [baseUrl, accounts], TimeSpan.FromMinutes(2));
        }
    }
}
