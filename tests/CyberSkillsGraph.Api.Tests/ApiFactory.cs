using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Api.Tests;

/// <summary>The real app on a test server, with its own empty data folder that start-up fills from the seed data.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "csg-api-" + Guid.NewGuid().ToString("N"));

    /// <summary>One service client per role, with a known secret: the way an operator configures production.</summary>
    public static readonly IReadOnlyList<(string ClientId, string Role, string? Provider)> Clients =
    [
        ("test-planner", "planner", null),
        ("test-provider-de", "provider", "prov-ill-de-institut"),
        ("test-provider-jp", "provider", "prov-ill-jp-college"),
        ("test-standards", "standards-body", null),
        ("test-standards-reviewer", "standards-body", null),
        ("test-admin", "admin", null),
    ];

    /// <summary>The password of the provider user "alice", who signs in to the web client.</summary>
    public const string AlicePassword = "correct-horse-battery-staple";

    public static string SecretOf(string clientId) => $"{clientId}-secret-0123456789";

    /// <summary>The hosting environment; "Production" to test what production refuses.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Extra settings a test class needs, such as a small rate limit.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The app's clock, when a test moves time itself instead of waiting.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Services a test replaces, such as a store that fails on purpose.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Graph:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:GenerateKeys", "true");
        builder.UseSetting("Auth:RequireHttps", "false");
        for (var i = 0; i < Clients.Count; i++)
        {
            builder.UseSetting($"Auth:Clients:{i}:ClientId", Clients[i].ClientId);
            builder.UseSetting($"Auth:Clients:{i}:ClientSecret", SecretOf(Clients[i].ClientId));
            builder.UseSetting($"Auth:Clients:{i}:Role", Clients[i].Role);
            if (Clients[i].Provider is { } provider) builder.UseSetting($"Auth:Clients:{i}:ProviderId", provider);
        }
        builder.UseSetting("Auth:Users:0:UserName", "alice");
        builder.UseSetting("Auth:Users:0:Password", AlicePassword);
        builder.UseSetting("Auth:Users:0:Role", "provider");
        builder.UseSetting("Auth:Users:0:ProviderId", "prov-ill-de-institut");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (Clock is { } clock) builder.ConfigureTestServices(services => services.AddSingleton(clock));
        if (TestServices is { } testServices) builder.ConfigureTestServices(testServices);
    }

    /// <summary>A client that sends an access token of the given test client with every request.</summary>
    public async Task<HttpClient> ClientForAsync(string clientId)
    {
        var client = CreateClient();
        var token = await TokenAsync(client, clientId, SecretOf(clientId));
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> TokenAsync(HttpClient client, string clientId, string secret)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "api",
        }), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Another instance sharing the folder is still closing it; the temp folder is cleaned by the OS.
        }
    }
}
