using System.Net;
using System.Net.Sockets;
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

    public sealed record CheckResult(bool Ok, string? Detail);

    /// <summary>Starts the app on 127.0.0.1 with a free port, runs oidc.mjs once and keeps its checks for every test.</summary>
    public sealed class ClientRun : IAsyncLifetime
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
        private readonly ApiFactory factory = new();
        private Dictionary<string, CheckResult>? checks;
        private string? skipReason;

        public IReadOnlyDictionary<string, CheckResult> ChecksOrSkip()
        {
            if (skipReason is not null) Assert.Skip(skipReason);
            return checks!;
        }

        public async ValueTask InitializeAsync()
        {
            var root = RepoRoot.Find();
            var node = NodeRunner.Find();
            if (node is null)
            {
                skipReason = "node is not on PATH; the OpenID Connect client checks need Node.js 20 or later.";
                return;
            }
            if (!Directory.Exists(Path.Combine(root, "tests", "oidc-client", "node_modules", "openid-client")))
            {
                skipReason = "tests/oidc-client/node_modules is missing: building this test project installs it with npm, which was not on PATH (or the build had -p:SkipNodeToolsInstall=true).";
                return;
            }

            var port = FreeLoopbackPort();
            var baseUrl = $"http://127.0.0.1:{port}/";
            var redirectUri = baseUrl + "signin-callback";
            factory.Settings["Auth:WebRedirectUris:0"] = redirectUri;
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
            factory.StartServer();

            var accounts = JsonSerializer.Serialize(new
            {
                clients = new[] { "test-planner", "test-provider-de", "test-standards", "test-admin" }
                    .Select(id => ApiFactory.Clients.Single(c => c.ClientId == id))
                    .Select(c => new object?[] { c.ClientId, ApiFactory.SecretOf(c.ClientId), c.Role, c.Provider }),
                user = new { name = "alice", password = ApiFactory.AlicePassword, role = "provider" },
                redirectUri,
            });
            var (exitCode, stdout, stderr) = await NodeRunner.RunAsync(node, [Path.Combine(root, "tests", "oidc-client", "oidc.mjs"), baseUrl, accounts], Timeout);
            Assert.True(exitCode == 0 && stdout.Length > 0, $"oidc.mjs exited with {exitCode}: {stderr}");
            using var document = JsonDocument.Parse(stdout);
            checks = document.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
                c => c.GetProperty("name").GetString()!,
                c => new CheckResult(c.GetProperty("ok").GetBoolean(), c.GetProperty("detail").ValueKind == JsonValueKind.String ? c.GetProperty("detail").GetString() : null));
        }

        public async ValueTask DisposeAsync() => await factory.DisposeAsync();

        private static int FreeLoopbackPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
