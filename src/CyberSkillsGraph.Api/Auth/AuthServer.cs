using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

public static class AuthServer
{
    /// <summary>The scope that grants access to the GraphQL API's writes.</summary>
    public const string ApiScope = "api";

    /// <summary>The audience (<c>aud</c>) of every access token: the GraphQL API, which accepts no token without it.</summary>
    public const string ApiAudience = "cyberskills-api";

    /// <summary>Application properties holding a client's role and bound provider.</summary>
    public const string RoleProperty = "role";
    public const string ProviderProperty = "provider";

    /// <summary>
    /// The OpenIddict token server and its validation in the same app: client credentials for services,
    /// authorization code with PKCE and refresh tokens for the web UI, EF Core stores in auth.db, keys
    /// that survive restarts, and token and authorization entry validation on every request.
    /// </summary>
    public static IServiceCollection AddAuthServer(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        ProductionRules.Check(options, environment);
        if (options.PruneInterval <= TimeSpan.Zero || options.PruneInterval > TimeSpan.FromDays(30))
            throw new InvalidOperationException($"Auth:PruneInterval '{options.PruneInterval}' must be more than zero and at most 30 days, e.g. 01:00:00.");
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        var dataDirectory = StoreLocation.DataDirectory(configuration["Graph:DataDirectory"]);
        StoreLocation.CreateDataDirectory(dataDirectory);
        var keys = TokenKeys.Load(options, dataDirectory);
        // Password hashes and token entries: owner-only, like the keys.
        var authDb = Path.Combine(dataDirectory, "auth.db");
        OwnerOnly.File(authDb);
        // OpenIddict logs whole requests at Information (the PKCE code_verifier among them); its warnings and
        // errors carry no parameters. Added after the configuration's rules, so that no setting brings them back.
        services.PostConfigure<LoggerFilterOptions>(logging =>
            logging.Rules.Add(new LoggerFilterRule(null, "OpenIddict", LogLevel.Warning, null)));

        services.AddDbContext<AuthDbContext>(db =>
        {
            db.UseSqlite($"Data Source={authDb}");
            db.UseOpenIddict();
        });

        services.AddOpenIddict()
            // Applications, authorizations and tokens live in auth.db through EF Core.
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AuthDbContext>())
            .AddServer(server =>
            {
                // The endpoints the UI and services use; discovery is served at /.well-known/openid-configuration.
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetRevocationEndpointUris("connect/revoke");
                // Services use client credentials; the web UI uses authorization code with PKCE and refresh tokens.
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                // PKCE with S256 only: "plain" (and a challenge without a method, which means plain) is refused.
                // Advertise only what works: clients authenticate with a secret (no private_key_jwt, no client
                // has keys), prompt is none or login (first-party client, so no consent screen to show).
                server.Configure(o =>
                {
                    o.CodeChallengeMethods.Clear();
                    o.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                    o.ClientAuthenticationMethods.Remove(ClientAuthenticationMethods.PrivateKeyJwt);
                    o.ClientAssertionTypes.Clear();
                    o.PromptValues.Clear();
                    o.PromptValues.Add(PromptValues.None);
                    o.PromptValues.Add(PromptValues.Login);
                });
                // Behind a proxy or on a shared host the Host header is not ours to trust: a pinned issuer is used as is.
                if (options.Issuer is { Length: > 0 } issuer)
                    server.SetIssuer(Uri.TryCreate(issuer, UriKind.Absolute, out var pinned)
                        ? pinned
                        : throw new InvalidOperationException($"Auth:Issuer '{issuer}' is not an absolute address such as https://skills.example.org/."));
                server.RegisterScopes(ApiScope, Scopes.OfflineAccess, Scopes.Profile, Scopes.Roles);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Role, GraphClaims.ProviderId, Claims.AuthenticationTime,
                    Claims.Issuer, Claims.Audience, Claims.ExpiresAt, Claims.IssuedAt, Claims.Nonce);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime).SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                // Keys persist across restarts (see TokenKeys); never ephemeral, never the development certificate store.
                server.AddSigningKey(keys.Signing).AddEncryptionKey(keys.Encryption);
                // Access tokens are signed JWTs (JWS), not encrypted: any service can validate them with the
                // published keys (JWKS) alone and checks that its audience is the API.
                server.DisableAccessTokenEncryption();
                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (!options.RequireHttps) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                // Tokens are checked by this same server, and each one against its stored entry, so a revoked
                // token or authorization stops working at once (this also covers GHSA-cxgj-hwwh-855g in 7.8.0).
                validation.UseLocalServer();
                validation.AddAudiences(ApiAudience);
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                // Tokens travel only in the Authorization header: reading forms and query strings for them
                // would make every oversized form a server error, and puts tokens in URLs and logs.
                validation.UseAspNetCore()
                    .DisableAccessTokenExtractionFromBodyForm()
                    .DisableAccessTokenExtractionFromQueryString();
            });

        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                // The cookie only carries a signed-in user through the authorization endpoint.
                cookie.LoginPath = "/account/login";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        // Cookie and antiforgery keys survive restarts, so signed-in users stay signed in.
        var cookieKeys = Path.Combine(dataDirectory, "data-protection");
        OwnerOnly.Folder(cookieKeys);
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(cookieKeys));
        services.AddAuthorization();
        services.AddAntiforgery();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<TokenPruning>();
        services.AddHostedService(provider => provider.GetRequiredService<TokenPruning>());
        services.AddHostedService<AccountSetup>();
        return services;
    }
}
