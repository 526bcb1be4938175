using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CyberSkillsGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(WebUiServer server)
{
    static DashboardTests() => SetDefaultExpectTimeout(20_000);

    [Fact]
    public async Task Dashboard_WhenJapanIsChosen_ThenTheHeatMapAndTheTopGapShow()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync("JP");

        var heatMap = page.GetByTestId("heat-map");
        await Expect(heatMap.GetByRole(AriaRole.Columnheader).Nth(1)).ToHaveTextAsync("JP");
        await Expect(heatMap.GetByRole(AriaRole.Rowheader).First).ToContainTextAsync("B.3 @3");
        // The JP column of the top row: the README's worked answer, B.3 at level 3 with a gap of 11,261.
        await Expect(heatMap.Locator("tbody tr").First.Locator("td").First).ToHaveAttributeAsync("data-status", "SHORTAGE");
        var topBar = page.GetByTestId("gap-bars").GetByRole(AriaRole.Button).First;
        await Expect(topBar).ToContainTextAsync("B.3 @3");
        await Expect(topBar).ToContainTextAsync("11,261");
        await Expect(page.GetByTestId("totals")).ToContainTextAsync("27,564");
        Assert.Contains("region=JP", page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync("dashboard-jp-1280");

        await page.SetViewportSizeAsync(390, 844);
        await Expect(page.GetByTestId("gap-bars").GetByRole(AriaRole.Button).First).ToBeVisibleAsync();
        await browser.AssertNoHorizontalOverflowAsync();
        await browser.ScreenshotAsync("dashboard-jp-390");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dashboard_WhenAGapIsClicked_ThenItsRolesAndProgrammesShow()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?region=JP");

        await page.GetByTestId("heat-map").GetByRole(AriaRole.Button, new() { Name = "B.3 @3" }).First.ClickAsync();

        var detail = page.GetByTestId("gap-detail");
        await Expect(detail.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("B.3 Testing, level 3");
        await Expect(detail.GetByTestId("detail-supply")).ToHaveTextAsync("1,970");
        await Expect(detail).ToContainTextAsync("Cyber Incident Responder");
        var suppliers = detail.GetByTestId("suppliers");
        await Expect(suppliers).ToContainTextAsync("ill-jp-riss-prep");
        await Expect(suppliers).ToContainTextAsync("Equal");
        Assert.True(await suppliers.Locator("tbody tr").CountAsync() >= 5);
        await browser.ScreenshotAsync("dashboard-jp-gap-detail-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dashboard_WhenAGapIsOnlyTaughtAboveTheRegion_ThenTheDetailListsTheAncestorProgramme()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        // README: in Germany, E.9 at level 5 is taught only by an EU-wide programme, open to German learners.
        await page.GotoAsync("/?region=DE&gap=" + Uri.EscapeDataString("ECF:E.9@5"));

        var detail = page.GetByTestId("gap-detail");
        await Expect(detail.GetByTestId("accessible-suppliers")).ToContainTextAsync("ill-eu-board-governance");
        await Expect(detail.GetByTestId("detail-supply")).ToHaveTextAsync("0");
        await browser.ScreenshotAsync("dashboard-de-ancestor-programme-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dashboard_WhenUsedWithTheKeyboard_ThenEnterOnABarOpensTheDetailAndMovesFocusThere()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?region=JP");
        var firstBar = page.GetByTestId("gap-bars").GetByRole(AriaRole.Button).First;
        await Expect(firstBar).ToBeVisibleAsync();

        await firstBar.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(firstBar).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#detail-heading")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close details" })).ToBeFocusedAsync();
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task LearningPath_WhenAPentesterInJapanIsPlanned_ThenTheAdvancedCourseCoversEverything()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Learning path" }).ClickAsync();
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("ECSF:PENTESTER");
        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync("JP");

        var steps = page.GetByTestId("learning-steps");
        await Expect(steps).ToContainTextAsync("ill-jp-pentest-advanced");
        await Expect(page.GetByTestId("total-hours")).ToHaveTextAsync("Total: 120 hours");
        await Expect(page.GetByText("Every requirement is covered.")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("learning-path-1280");
        await page.SetViewportSizeAsync(390, 844);
        await browser.AssertNoHorizontalOverflowAsync();
        await browser.ScreenshotAsync("learning-path-390");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task LearningPath_WhenTheAddressNamesAnUnknownRole_ThenThePickerShowsThatRoleNextToTheError()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/learning-path?role=NOPE&region=JP");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("unknown role 'NOPE'");
        var picker = page.GetByLabel("Role", new() { Exact = true });
        await Expect(picker).ToHaveValueAsync("NOPE");
        await Expect(picker.Locator("option:checked")).ToHaveTextAsync("NOPE (unknown role)");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dashboard_WhenARegionWithFewSubregionsIsShown_ThenTheHeatMapFillsItsPanel()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?region=JP");
        var heatMap = page.GetByTestId("heat-map");
        await Expect(heatMap.Locator("tbody tr").First).ToBeVisibleAsync();

        var table = await heatMap.Locator("table").BoundingBoxAsync();
        var box = await heatMap.Locator(".heat-scroll").BoundingBoxAsync();

        Assert.True(table!.Width >= box!.Width - 4, $"the table is {table.Width:F0} px wide in a {box.Width:F0} px box");
    }

    [Fact]
    public async Task Coverage_WhenTheTargetHasNoElementOfTheSourcesKinds_ThenItSaysWhyTheRightSideIsEmpty()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/coverage");
        await page.GetByLabel("Source framework", new() { Exact = true }).SelectOptionAsync("DSS-P");
        await page.GetByLabel("Target framework", new() { Exact = true }).SelectOptionAsync("ECF");

        await Expect(page.GetByTestId("coverage-target-empty")).ToContainTextAsync("ECF has no elements of the kinds DSS-P has (Roles)");
        // Only DSS-P ver.1.2's 15 roles are drawn: ECF has no role to draw beside them.
        Assert.Equal("15", await page.GetByTestId("coverage-graph").GetAttributeAsync("data-nodes"));
        await browser.ScreenshotAsync("coverage-dssp-ecf-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Coverage_WhenEcsfIsComparedWithNice_ThenSharesElementsAndTheGraphShow()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/coverage");
        await page.GetByLabel("Source framework", new() { Exact = true }).SelectOptionAsync("ECSF");
        await page.GetByLabel("Target framework", new() { Exact = true }).SelectOptionAsync("NICE");
        await page.GetByLabel("Maximum hops", new() { Exact = true }).SelectOptionAsync("3");

        var shares = page.GetByTestId("coverage-shares");
        await Expect(shares).ToContainTextAsync("Roles");
        await Expect(shares.Locator("[data-class=NONE] dd")).ToContainTextAsync("12");
        await Expect(page.GetByTestId("coverage-elements").Locator("tbody tr")).ToHaveCountAsync(12);
        var graph = page.GetByTestId("coverage-graph");
        await Expect(graph.Locator("canvas").First).ToBeAttachedAsync();
        // Every ECSF and NICE role is drawn, and the proposed ECSF-NICE mappings as dashed edges.
        Assert.Equal("53", await graph.GetAttributeAsync("data-nodes"));
        Assert.True(int.Parse(await graph.GetAttributeAsync("data-edges") ?? "0", System.Globalization.CultureInfo.InvariantCulture) >= 10);
        await browser.ScreenshotAsync("coverage-ecsf-nice-1280");
        await page.SetViewportSizeAsync(390, 844);
        await browser.AssertNoHorizontalOverflowAsync();
        await browser.ScreenshotAsync("coverage-ecsf-nice-390");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Coverage_WhenTheProposalPreviewIsSwitchedOn_ThenEcsfRolesReachNiceViaProposals()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/coverage?source=ECSF&target=NICE&maxHops=3");
        var shares = page.GetByTestId("coverage-shares");
        await Expect(shares.Locator("[data-class=NONE] dd").Last).ToContainTextAsync("12");

        await page.GetByLabel("Include proposed mappings (preview)").CheckAsync();

        await Expect(page.GetByTestId("coverage-preview")).ToBeVisibleAsync();
        await Expect(shares.Locator("[data-class=NONE] dd").Last).ToContainTextAsync("0 (");
        await Expect(page.GetByTestId("coverage-elements").GetByText("(via proposal)").First).ToBeVisibleAsync();
        Assert.Contains("proposed=1", page.Url, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }
}
