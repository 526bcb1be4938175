using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CyberSkillsGraph.Web.Tests;

/// <summary>
/// The real app listening on a loopback port with its own data folder (seeded on start), one provider
/// user and one planner user, plus one headless Debian Chromium driven by Playwright, shared by the tests of the "Browser" collection.
/// </summary>
public sealed class WebUiServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ProviderUser = "ui-provider";
    public const string ProviderPassword = "browser-test-passphrase-77";
    public const string ProviderId = "prov-ill-de-institut";
    public const string PlannerUser = "ui-planner";
    public const string PlannerPassword = "browser-test-planner-passphrase-78";
    public const string PlannerClient = "ui-test-planner";
    public const string PlannerClientSecret = "ui-test-planner-secret-0123456789";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "csg-web-" + Guid.NewGuid().ToString("N"));
    private Factory? factory;
    private IPlaywright? playwright;

    /// <summary>Where the app listens, such as http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public string? BrowserUnavailable { get; private set; }

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var port = FreeLoopbackPort();
        BaseUrl = $"http://127.0.0.1:{port}";
        factory = new Factory(dataDirectory, BaseUrl);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        Directory.CreateDirectory(ScreenshotDirectory);

        if (!File.Exists(ChromiumPath))
        {
            BrowserUnavailable = $"Debian's Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does it).";
            return;
        }
        playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh, empty user-data-dir of its own.
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A client for plain HTTP checks against the same server.</summary>
    public HttpClient CreateHttpClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    public void SkipWithoutBrowser()
    {
        if (BrowserUnavailable is not null) Assert.Skip(BrowserUnavailable);
    }

    /// <summary>A new browser context (its own storage) and page at the given viewport, collecting console errors.</summary>
    public async Task<BrowserPage> NewPageAsync(int width = 1280, int height = 900)
    {
        SkipWithoutBrowser();
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        return await BrowserPage.CreateAsync(context);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Still closing; the temp folder is cleaned by the OS.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory(string dataDirectory, string baseUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Graph:DataDirectory", dataDirectory);
            builder.UseSetting("Auth:GenerateKeys", "true");
            builder.UseSetting("Auth:RequireHttps", "false");
            builder.UseSetting("Auth:WebRedirectUris:0", $"{baseUrl}/signin-callback");
            // Outside development the app needs at least one configured client.
            builder.UseSetting("Auth:Clients:0:ClientId", PlannerClient);
            builder.UseSetting("Auth:Clients:0:ClientSecret", PlannerClientSecret);
            builder.UseSetting("Auth:Clients:0:Role", "planner");
            builder.UseSetting("Auth:Users:0:UserName", ProviderUser);
            builder.UseSetting("Auth:Users:0:Password", ProviderPassword);
            builder.UseSetting("Auth:Users:0:Role", "provider");
            builder.UseSetting("Auth:Users:0:ProviderId", ProviderId);
            builder.UseSetting("Auth:Users:1:UserName", PlannerUser);
            builder.UseSetting("Auth:Users:1:Password", PlannerPassword);
            builder.UseSetting("Auth:Users:1:Role", "planner");
            builder.UseSetting("Auth:MutationsPerMinute", "1000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WebUiServer>
{
    public const string Name = "Browser";
}
