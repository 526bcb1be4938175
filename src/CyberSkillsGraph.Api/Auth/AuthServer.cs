using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

public static class AuthServer
{
    /// <summary>The scope that grants access to the GraphQL API.</summary>
    public const string ApiScope = "api";

    /// <summary>Application properties holding a client's role and bound provider.</summary>
    public const string RoleProperty = "role";
    public const string ProviderProperty = "provider";

    /// <summary>
    /// The OpenIddict token server and its validation in the same app: client credentials for services,
    /// authorization code with PKCE and refresh tokens for the web UI, EF Core stores in auth.db, keys
    /// that survive restarts, and token and authorization entry validation on every request.
    /// </summary>
    public static IServiceCollection AddAuthServer(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        var dataDirectory = StoreLocation.DataDirectory(configuration["Graph:DataDirectory"]);
        StoreLocation.CreateDataDirectory(dataDirectory);
        var keys = TokenKeys.Load(options, dataDirectory);

        services.AddDbContext<AuthDbContext>(db =>
        {
            db.UseSqlite($"Data Source={Path.Combine(dataDirectory, "auth.db")}");
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
                    .SetEndSessionEndpointUris("connect/logout");
                // Services use client credentials; the web UI uses authorization code with PKCE and refresh tokens.
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes(ApiScope, Scopes.OfflineAccess, Scopes.Profile, Scopes.Roles);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime).SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                // Keys persist across restarts (see TokenKeys); never ephemeral, never the development certificate store.
                server.AddSigningKey(keys.Signing).AddEncryptionKey(keys.Encryption);
                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!options.RequireHttps) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                // Tokens are checked by this same server, and each one against its stored entry, so a revoked
                // token or authorization stops working at once (this also covers GHSA-cxgj-hwwh-855g in 7.8.0).
                validation.UseLocalServer();
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
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "data-protection")));
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddHostedService<AccountSetup>();
        return services;
    }
}
