using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// Creates the auth database and synchronises clients and users with the configuration on every start:
/// configured ones are created or updated, ones no longer configured are removed with their tokens (demo
/// accounts are kept while Auth:CreateDemoAccounts is on). On a development install with no accounts it
/// creates one demo client and one demo user per role and prints, once, how to get a token with each.
/// Outside development it refuses to start without configured clients.
/// </summary>
internal sealed class AccountSetup(
    IServiceProvider services, IOptions<AuthOptions> options, IConfiguration configuration, IHostEnvironment environment,
    ILogger<AccountSetup> logger) : IHostedService
{
    public const string WebClientId = "cyberskills-web";

    private const string DemoPrefix = "demo-";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        var settings = options.Value;

        await SaveAsync(applications, WebClient(WebRedirects.For(settings, configuration, environment)), cancellationToken);
        foreach (var client in settings.Clients) await SaveAsync(applications, ServiceClient(client), cancellationToken);
        foreach (var user in settings.Users)
        {
            PasswordPolicy.Check(user, environment);
            await SaveUserAsync(db, user, cancellationToken);
        }
        await RemoveUnconfiguredAsync(applications, tokens, authorizations, db, settings, cancellationToken);

        var hasAccounts = settings.Clients.Count > 0 || await db.Users.AnyAsync(cancellationToken) ||
                          await applications.CountAsync(cancellationToken) > 1;
        if (!hasAccounts && settings.CreateDemoAccounts) await CreateDemoAccountsAsync(applications, db, cancellationToken);
        else if (!hasAccounts)
            throw new InvalidOperationException("No clients are configured: set Auth:Clients (client id, secret, role) before starting in production.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The public web UI client: authorization code with S256 PKCE, refresh tokens, revocation, logout.</summary>
    private static OpenIddictApplicationDescriptor WebClient(IReadOnlyList<Uri> redirects)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "CyberSkillsGraph web UI",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Prefixes.Scope + AuthServer.ApiScope, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in redirects) descriptor.RedirectUris.Add(uri);
        // After logout the browser may return to the site root of any registered callback.
        foreach (var root in redirects.Select(uri => new Uri(uri.GetLeftPart(UriPartial.Authority) + "/")).Distinct())
            descriptor.PostLogoutRedirectUris.Add(root);
        return descriptor;
    }

    /// <summary>A confidential service: client credentials, and introspection and revocation of its own tokens.</summary>
    private static OpenIddictApplicationDescriptor ServiceClient(ClientRegistration client)
    {
        if (!Roles.All.Contains(client.Role))
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': role '{client.Role}' is not one of {string.Join(", ", Roles.All)}.");
        if (client.Role == Roles.Provider && string.IsNullOrEmpty(client.ProviderId))
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': a provider client needs ProviderId.");
        if (string.IsNullOrEmpty(client.ClientSecret) || client.ClientSecret.Length < 16)
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': the client secret must have at least 16 characters.");
        if (client.ClientId == WebClientId)
            throw new InvalidOperationException($"Auth:Clients: '{WebClientId}' is the web UI's own client id.");

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            // OpenIddict stores only a hash of the secret.
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName ?? client.ClientId,
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.Endpoints.Introspection, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + AuthServer.ApiScope,
            },
        };
        descriptor.Properties[AuthServer.RoleProperty] = System.Text.Json.JsonSerializer.SerializeToElement(client.Role);
        if (client.ProviderId is not null)
            descriptor.Properties[AuthServer.ProviderProperty] = System.Text.Json.JsonSerializer.SerializeToElement(client.ProviderId);
        return descriptor;
    }

    private static async Task SaveAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null) await applications.CreateAsync(descriptor, cancellationToken);
        else await applications.UpdateAsync(existing, descriptor, cancellationToken);
    }

    private static async Task SaveUserAsync(AuthDbContext db, UserRegistration user, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(user.Role))
            throw new InvalidOperationException($"Auth:Users '{user.UserName}': role '{user.Role}' is not one of {string.Join(", ", Roles.All)}.");
        if (user.Role == Roles.Provider && string.IsNullOrEmpty(user.ProviderId))
            throw new InvalidOperationException($"Auth:Users '{user.UserName}': a provider user needs ProviderId.");
        var account = await db.Users.SingleOrDefaultAsync(u => u.UserName == user.UserName, cancellationToken);
        if (account is null)
        {
            account = new UserAccount { Id = Guid.NewGuid().ToString("N"), UserName = user.UserName };
            db.Users.Add(account);
        }
        account.Role = user.Role;
        account.ProviderId = user.ProviderId;
        account.Disabled = false;
        // Hashing is deliberately slow: only a new or changed password is hashed again.
        if (account.PasswordHash.Length == 0 || AuthEndpoints.VerifyPassword(account, user.Password) == PasswordVerificationResult.Failed)
            account.PasswordHash = new PasswordHasher<UserAccount>().HashPassword(account, user.Password);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Clients and users that are no longer configured lose their accounts and every token issued to them.</summary>
    private static async Task RemoveUnconfiguredAsync(
        IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations,
        AuthDbContext db, AuthOptions settings, CancellationToken cancellationToken)
    {
        bool Kept(string name) => settings.CreateDemoAccounts && name.StartsWith(DemoPrefix, StringComparison.Ordinal);

        var configuredClients = settings.Clients.Select(c => c.ClientId).Append(WebClientId).ToHashSet(StringComparer.Ordinal);
        var stale = new List<object>();
        await foreach (var application in applications.ListAsync(null, null, cancellationToken))
        {
            var clientId = await applications.GetClientIdAsync(application, cancellationToken) ?? "";
            if (!configuredClients.Contains(clientId) && !Kept(clientId)) stale.Add(application);
        }
        // Deleting an application also deletes its authorizations and tokens.
        foreach (var application in stale) await applications.DeleteAsync(application, cancellationToken);

        var configuredUsers = settings.Users.Select(u => u.UserName).ToHashSet(StringComparer.Ordinal);
        var goneUsers = (await db.Users.ToListAsync(cancellationToken)).Where(u => !configuredUsers.Contains(u.UserName) && !Kept(u.UserName)).ToList();
        foreach (var user in goneUsers)
        {
            await tokens.RevokeBySubjectAsync(user.Id, cancellationToken);
            await authorizations.RevokeBySubjectAsync(user.Id, cancellationToken);
            db.Users.Remove(user);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateDemoAccountsAsync(IOpenIddictApplicationManager applications, AuthDbContext db, CancellationToken cancellationToken)
    {
        var demo = new (string Name, string Role, string? Provider)[]
        {
            ("demo-planner", Roles.Planner, null),
            ("demo-provider", Roles.Provider, "prov-ill-de-institut"),
            ("demo-provider-jp", Roles.Provider, "prov-ill-jp-college"),
            ("demo-standards", Roles.StandardsBody, null),
            ("demo-standards-reviewer", Roles.StandardsBody, null),
            ("demo-admin", Roles.Admin, null),
        };
        var lines = new List<string>
        {
            "Demo accounts were created for this development install (shown once; also saved owner-only in demo-credentials.txt in the data folder).",
            "Get a token with client credentials, then send it as 'Authorization: Bearer <access_token>' to /graphql:",
        };
        foreach (var (name, role, provider) in demo)
        {
            var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
            await SaveAsync(applications, ServiceClient(new ClientRegistration { ClientId = name, ClientSecret = secret, Role = role, ProviderId = provider }), cancellationToken);
            await SaveUserAsync(db, new UserRegistration { UserName = name, Password = secret, Role = role, ProviderId = provider }, cancellationToken);
            lines.Add($"  {role,-15} curl -s -X POST {BaseUrl()}/connect/token -d grant_type=client_credentials -d client_id={name} -d client_secret={secret} -d scope={AuthServer.ApiScope}" +
                      (provider is null ? "" : $"   (provider {provider})"));
        }
        lines.Add("The same names and secrets sign in to the web UI as users.");

        var file = Path.Combine(StoreLocation.DataDirectory(configuration["Graph:DataDirectory"]), "demo-credentials.txt");
        await using (var writer = OwnerOnly.CreateText(file, FileMode.Create)) await writer.WriteAsync(string.Join('\n', lines) + "\n");
        // Written to standard output, not to the log: secrets must never reach log files.
        Console.Out.WriteLine(string.Join('\n', lines));
        logger.LogInformation("Created demo accounts for each role; their secrets are in {File}", file);
    }

    private string BaseUrl() => (configuration["Urls"] ?? "http://localhost:5000").Split(';')[0].TrimEnd('/');
}
