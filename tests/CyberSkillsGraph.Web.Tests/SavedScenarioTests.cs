using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CyberSkillsGraph.Web.Tests;

/// <summary>Saving, listing, sharing and deleting scenarios from the dashboard, and the region trend chart, in English and Japanese.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SavedScenarioTests(WebUiServer server)
{
    static SavedScenarioTests() => SetDefaultExpectTimeout(20_000);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task SignInAsPlannerFromTheDashboardAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in to save scenarios" }).ClickAsync();
        // Wait for the navigation itself, not the load event: on a busy CI machine the page's load can lag far behind.
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(WebUiServer.PlannerUser);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(WebUiServer.PlannerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/" && url.Contains("region=DE", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
    }

    /// <summary>A GraphQL request as the planner service client of the test server.</summary>
    private async Task<JsonElement> AsPlannerAsync(string query, object? variables = null)
    {
        using var http = server.CreateHttpClient();
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = WebUiServer.PlannerClient,
            ["client_secret"] = WebUiServer.PlannerClientSecret,
            ["scope"] = "api",
        }), Cancel);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    [Fact]
    public async Task Dashboard_WhenAPlannerSavesAScenario_ThenItIsListedItsLinkOpensItReadOnlyAndItCanBeDeleted()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?region=DE");
        var panel = page.GetByTestId("scenario-panel");
        await panel.GetByLabel("Demand growth (%)").FillAsync("20");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Show the scenario" }).ClickAsync();
        await Expect(page.GetByTestId("scenario-result")).ToBeVisibleAsync();

        await SignInAsPlannerFromTheDashboardAsync(page);
        await panel.GetByLabel("Demand growth (%)").FillAsync("20");
        await panel.GetByLabel("Name of the scenario").FillAsync("DE demand +20%");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save scenario" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved" })).ToHaveTextAsync("Saved “DE demand +20%”.");

        var saved = page.GetByTestId("saved-scenario").Filter(new() { HasText = "DE demand +20%" });
        await Expect(saved).ToHaveCountAsync(1);
        await saved.GetByRole(AriaRole.Button, new() { Name = "Copy share link" }).ClickAsync();
        var link = await saved.GetByTestId("share-link").InputValueAsync();
        Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/\\?region=DE&year=2023&scenario=[A-Za-z0-9_-]+$", link);
        await browser.ScreenshotAsync("dashboard-my-scenarios-1280");

        await SwitchToJapaneseAsync(page);
        await Expect(page.GetByTestId("my-scenarios").GetByRole(AriaRole.Heading)).ToHaveTextAsync("自分のシナリオ");
        await Expect(saved.GetByRole(AriaRole.Button, new() { Name = "共有リンクをコピー" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        // Its owner opens it from the list, then edits it in the panel.
        await saved.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await Expect(page.GetByTestId("shared-scenario")).ToContainTextAsync("Scenario “DE demand +20%” (shared, read-only).");
        await page.GetByTestId("shared-scenario").GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await Expect(panel.GetByLabel("Name of the scenario")).ToHaveValueAsync("DE demand +20%");
        await Expect(panel.GetByLabel("Demand growth (%)")).ToHaveValueAsync("20");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToBeVisibleAsync();

        // Anyone with the link, signed out in a browser of their own, sees it read-only.
        await using (var stranger = await server.NewPageAsync())
        {
            await stranger.Page.GotoAsync(link);
            var shared = stranger.Page.GetByTestId("shared-scenario");
            await Expect(shared).ToContainTextAsync("Scenario “DE demand +20%” (shared, read-only).");
            await Expect(stranger.Page.GetByTestId("scenario-result")).ToContainTextAsync("Change against today: openings +");
            await Expect(stranger.Page.GetByLabel("Name of the scenario")).ToHaveCountAsync(0);
            await Expect(stranger.Page.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToHaveCountAsync(0);
            stranger.AssertNoConsoleErrors();
        }

        await saved.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(saved).ToHaveCountAsync(0);
        await using (var late = await server.NewPageAsync())
        {
            await late.Page.GotoAsync(link);
            await Expect(late.Page.GetByTestId("shared-scenario")).ToContainTextAsync("This link names no saved scenario");
        }
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task SharedLink_WhenTheGraphChangedSinceSaving_ThenTheScenarioSaysItIsStaleInEnglishAndJapanese()
    {
        var saved = (await AsPlannerAsync(
            "mutation($i: SaveScenarioInput!) { saveScenario(input: $i) { scenario { shareId baseRevision } } }",
            new { i = new { name = "Stale one", scenario = new { demandFactor = 1.5 } } })).GetProperty("saveScenario").GetProperty("scenario");
        // A write the other browser tests do not read: a year no survey covers, in Ireland.
        await AsPlannerAsync("mutation($i: DemandInput!) { setDemand(input: $i) { __typename } }",
            new { i = new { region = "IE", role = "ECSF:CISO", year = 2019, openings = 1 } });

        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync($"/?region=DE&scenario={saved.GetProperty("shareId").GetString()}");

        var stale = page.GetByTestId("scenario-stale");
        await Expect(stale).ToContainTextAsync($"Saved on graph revision {saved.GetProperty("baseRevision").GetInt64()}; the graph has changed since");
        await Expect(page.GetByTestId("shared-scenario")).ToContainTextAsync("Scenario “Stale one” (shared, read-only).");
        await SwitchToJapaneseAsync(page);
        await Expect(stale).ToContainTextAsync("その後グラフが変更されたため");
        await Expect(page.GetByTestId("shared-scenario")).ToContainTextAsync("シナリオ「Stale one」(共有、読み取り専用)。");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dashboard_WhenARowIsChosen_ThenTheRegionTrendIsDrawnBesideTheRowTrendInBothLanguages()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?region=DE");

        var region = page.GetByTestId("region-trend-chart");
        await Expect(region.GetByRole(AriaRole.Heading)).ToHaveTextAsync("The region over the years");
        await Expect(region.GetByTestId("trend-year")).ToHaveTextAsync(["2022", "2023"]);
        Assert.Equal(3, await region.Locator("polyline").CountAsync());

        await page.GetByTestId("gap-bars").GetByRole(AriaRole.Button).First.ClickAsync();
        var pair = page.Locator(".trend-pair");
        await Expect(pair.GetByTestId("trend-chart")).ToBeVisibleAsync();
        await Expect(pair.GetByTestId("region-trend-chart").GetByTestId("trend-year")).ToHaveTextAsync(["2022", "2023"]);
        await browser.ScreenshotAsync("dashboard-region-trend-1280");

        await SwitchToJapaneseAsync(page);
        await Expect(pair.GetByTestId("region-trend-chart").GetByRole(AriaRole.Heading)).ToHaveTextAsync("地域の年ごとの推移");
        await Expect(pair.GetByTestId("region-trend-chart").GetByRole(AriaRole.Img)).ToHaveAttributeAsync("aria-label", "地域全体の需要・供給・ギャップの年ごとの折れ線グラフ");
        browser.AssertNoConsoleErrors();
    }

    private static async Task SwitchToJapaneseAsync(IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();
}
