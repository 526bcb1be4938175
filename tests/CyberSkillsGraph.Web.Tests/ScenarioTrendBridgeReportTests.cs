using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CyberSkillsGraph.Web.Tests;

/// <summary>The what-if panel, the trend chart, CSV downloads, the printable report and the role bridge view, in English and Japanese.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScenarioTrendBridgeReportTests(WebUiServer server)
{
    static ScenarioTrendBridgeReportTests() => SetDefaultExpectTimeout(20_000);

    /// <summary>The first MISSING row of Germany's report, asked of the API the page talks to.</summary>
    private async Task<string> MissingRowInDeAsync()
    {
        using var http = server.CreateHttpClient();
        using var response = await http.PostAsJsonAsync("/graphql", new { query = """{ regionGaps(region: "DE") { rows { competence { id } level status } } }""" },
            TestContext.Current.CancellationToken);
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("data").GetProperty("regionGaps").GetProperty("rows").EnumerateArray();
        var missing = rows.First(r => r.GetProperty("status").GetString() == "MISSING");
        return $"{missing.GetProperty("competence").GetProperty("id").GetString()}@{missing.GetProperty("level").GetInt32()}";
    }

    private static async Task SwitchToJapaneseAsync(IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();

    [Fact]
    public async Task Dashboard_WhenAScenarioAddsAProgrammeForAMissingRow_ThenTheRowIsCoveredBesideTodayAndTheCsvCarriesTheChange()
    {
        var key = await MissingRowInDeAsync();
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync($"/?region=DE&gap={Uri.EscapeDataString(key)}");

        var panel = page.GetByTestId("scenario-panel");
        await panel.GetByLabel("Seats of an added programme").FillAsync("100000");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Add a programme teaching" }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Show the scenario" }).ClickAsync();

        var result = page.GetByTestId("scenario-result");
        await Expect(result).ToContainTextAsync("missing -1");
        await Expect(result.Locator("td[data-status=COVERED]").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("dashboard-scenario-1280");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV (scenario, with changes)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("competence,title,level,demand,supply,partialSupply,gap,coverageRatio,accessible,status,baselineDemand", csv, StringComparison.Ordinal);
        Assert.Contains(csv.Split("\r\n"), line => line.StartsWith(key.Split('@')[0] + ",", StringComparison.Ordinal) && line.Contains(",COVERED,", StringComparison.Ordinal) && line.Contains(",MISSING,", StringComparison.Ordinal));
        Assert.Equal("gaps-DE-2023-scenario.csv", download.SuggestedFilename);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dashboard_WhenARowIsChosen_ThenItsTrendIsDrawnWithEveryYearOnTheAxisInBothLanguages()
    {
        var key = await MissingRowInDeAsync();
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync($"/?region=DE&gap={Uri.EscapeDataString(key)}");

        var chart = page.GetByTestId("trend-chart");
        await Expect(chart.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Trend over the years");
        await Expect(chart.GetByTestId("trend-year")).ToHaveTextAsync(["2022", "2023"]);
        Assert.Equal(3, await chart.Locator("polyline").CountAsync());

        await SwitchToJapaneseAsync(page);
        await Expect(chart.GetByRole(AriaRole.Heading)).ToHaveTextAsync("年ごとの推移");
        await Expect(page.GetByTestId("scenario-panel").GetByRole(AriaRole.Heading)).ToHaveTextAsync("もしも(シナリオ)");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dashboard_WhenCsvIsDownloadedWithoutAScenario_ThenItHasOneLinePerRow()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?region=JP");
        await Expect(page.GetByTestId("totals")).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV", Exact = true }).ClickAsync());

        var lines = (await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("competence,title,level,demand,supply,partialSupply,gap,coverageRatio,accessible,status", lines[0]);
        Assert.True(lines.Length > 10);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Report_WhenPrinted_ThenTitleTotalsSourcesAndHeatMapShowWithoutTheSiteChrome()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/report?region=JP");

        var report = page.GetByTestId("report");
        await Expect(report.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Skill gaps in");
        await Expect(page.GetByTestId("report-totals")).ToContainTextAsync("27,564");
        await Expect(page.GetByTestId("report-sources")).ToContainTextAsync("ECSF");
        await Expect(page.GetByTestId("heat-map")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" })).ToBeHiddenAsync();
        await Expect(page.GetByTestId("gap-bars")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("report-jp-print");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task RoleBridge_WhenTheAddressNamesAnUnknownTargetRole_ThenItsPickerShowsThatRoleNextToTheError()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/role-bridge?from=SECBOK:CISO&to=NOPE&region=DE");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("unknown role 'NOPE'");
        var target = page.GetByLabel("Role you aim at");
        await Expect(target).ToHaveValueAsync("NOPE");
        await Expect(target.Locator("option:checked")).ToHaveTextAsync("NOPE (unknown role)");
        await Expect(page.GetByLabel("Role you hold")).ToHaveValueAsync("SECBOK:CISO");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task RoleBridge_WhenASecBokCisoAimsAtTheEcsfCiso_ThenRequirementsAndThePathShowInEnglishAndJapanese()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/role-bridge?from=SECBOK:CISO&to=ECSF:CISO&region=DE");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Move between frameworks");
        var requirements = page.GetByTestId("bridge-requirements");
        await Expect(requirements.Locator("tbody tr").First).ToBeVisibleAsync();
        var statuses = await requirements.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.status)");
        Assert.All(statuses, s => Assert.Contains(s, new[] { "COVERED", "PARTIAL", "LACKING" }));
        await Expect(page.GetByTestId("bridge-path").GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("What to learn in DE");
        // The seed data maps the two CISOs only by a proposed mapping, and SecBoK lists no competences for its roles.
        await Expect(page.GetByTestId("bridge-role-path")).ToHaveTextAsync("The two roles are not linked by approved mappings.");
        await browser.ScreenshotAsync("role-bridge-en");

        await SwitchToJapaneseAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("フレームワーク間の移行");
        await Expect(page.GetByLabel("目指す職務")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("bridge-path").GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("DE で学ぶこと");
        await page.SetViewportSizeAsync(390, 844);
        await browser.AssertNoHorizontalOverflowAsync();
        await browser.ScreenshotAsync("role-bridge-ja-390");
        browser.AssertNoConsoleErrors();
    }
}
