using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// Creates the auth database and registers the configured clients and users (idempotently: an
/// existing client or user is left as it is). On a development install with no accounts it creates
/// one demo client and one demo user per role and prints, once, how to get a token with each.
/// Outside development it refuses to start without configured clients.
/// </summary>
internal sealed class AccountSetup(
    IServiceProvider services, IOptions<AuthOptions> options, IConfiguration configuration, ILogger<AccountSetup> logger) : IHostedService
{
    public const string WebClientId = "cyberskills-web";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var settings = options.Value;

        await RegisterWebClientAsync(applications, settings, cancellationToken);
        foreach (var client in settings.Clients) await RegisterClientAsync(applications, client, cancellationToken);
        foreach (var user in settings.Users) await RegisterUserAsync(db, user, cancellationToken);

        var hasAccounts = settings.Clients.Count > 0 || await db.Users.AnyAsync(cancellationToken) ||
                          await applications.CountAsync(cancellationToken) > 1;
        if (!hasAccounts && settings.CreateDemoAccounts) await CreateDemoAccountsAsync(applications, db, cancellationToken);
        else if (!hasAccounts)
            throw new InvalidOperationException("No clients are configured: set Auth:Clients (client id, secret, role) before starting in production.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task RegisterWebClientAsync(IOpenIddictApplicationManager applications, AuthOptions settings, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(WebClientId, cancellationToken) is not null) return;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "CyberSkillsGraph web UI",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + AuthServer.ApiScope, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in settings.WebRedirectUris) descriptor.RedirectUris.Add(new Uri(uri));
        await applications.CreateAsync(descriptor, cancellationToken);
    }

    private static async Task RegisterClientAsync(IOpenIddictApplicationManager applications, ClientRegistration client, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(client.Role))
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': role '{client.Role}' is not one of {string.Join(", ", Roles.All)}.");
        if (client.Role == Roles.Provider && string.IsNullOrEmpty(client.ProviderId))
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': a provider client needs ProviderId.");
        if (string.IsNullOrEmpty(client.ClientSecret) || client.ClientSecret.Length < 16)
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': the client secret must have at least 16 characters.");
        if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is not null) return;

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            // OpenIddict stores only a hash of the secret.
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName ?? client.ClientId,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + AuthServer.ApiScope },
        };
        descriptor.Properties[AuthServer.RoleProperty] = System.Text.Json.JsonSerializer.SerializeToElement(client.Role);
        if (client.ProviderId is not null)
            descriptor.Properties[AuthServer.ProviderProperty] = System.Text.Json.JsonSerializer.SerializeToElement(client.ProviderId);
        await applications.CreateAsync(descriptor, cancellationToken);
    }

    private static async Task RegisterUserAsync(AuthDbContext db, UserRegistration user, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(user.Role))
            throw new InvalidOperationException($"Auth:Users '{user.UserName}': role '{user.Role}' is not one of {string.Join(", ", Roles.All)}.");
        if (await db.Users.AnyAsync(u => u.UserName == user.UserName, cancellationToken)) return;
        var account = new UserAccount { Id = Guid.NewGuid().ToString("N"), UserName = user.UserName, Role = user.Role, ProviderId = user.ProviderId };
        account.PasswordHash = new PasswordHasher<UserAccount>().HashPassword(account, user.Password);
        db.Users.Add(account);
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
            await RegisterClientAsync(applications, new ClientRegistration { ClientId = name, ClientSecret = secret, Role = role, ProviderId = provider }, cancellationToken);
            await RegisterUserAsync(db, new UserRegistration { UserName = name, Password = secret, Role = role, ProviderId = provider }, cancellationToken);
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
