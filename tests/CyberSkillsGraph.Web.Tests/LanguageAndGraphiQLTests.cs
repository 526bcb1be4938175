using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CyberSkillsGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageAndGraphiQLTests(WebUiServer server)
{
    static LanguageAndGraphiQLTests() => SetDefaultExpectTimeout(20_000);

    [Fact]
    public async Task Language_WhenSwitchedToJapanese_ThenLabelsChangeAndTheChoiceIsKept()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?region=JP");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skill gaps");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("スキルギャップ");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.GetByLabel("地域", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "学習パス" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("totals")).ToContainTextAsync("求人数");
        await Expect(page.GetByTestId("heat-map")).ToContainTextAsync("ヒートマップ");
        Assert.Equal("ja", await page.EvaluateAsync<string>("() => localStorage.getItem('csg.lang')"));
        await browser.ScreenshotAsync("dashboard-jp-japanese-1280");

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("スキルギャップ");
        await page.SetViewportSizeAsync(390, 844);
        await browser.AssertNoHorizontalOverflowAsync();
        await browser.ScreenshotAsync("dashboard-jp-japanese-390");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skill gaps");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task GraphiQL_WhenTheFirstExampleRuns_ThenTheResultShowsTheJapaneseGaps()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/graphiql");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        // The first preloaded tab is the planners' regionGaps query for JP.
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("regionGaps");

        await page.Locator(".graphiql-execute-button").ClickAsync();

        var response = page.Locator(".graphiql-response");
        await Expect(response).ToContainTextAsync("\"regionGaps\"");
        await Expect(response).ToContainTextAsync("27564");
        await browser.ScreenshotAsync("graphiql-region-gaps-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task GraphiQL_WhenTheDocumentationExplorerIsOpened_ThenItShowsTheSchemasTypes()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/graphiql");
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("regionGaps");

        // The schema loads through the standard introspection query; the docs pane lists its root types.
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await Expect(docs).ToContainTextAsync("Query");
        await docs.GetByText("Query", new() { Exact = true }).First.ClickAsync();

        await Expect(docs).ToContainTextAsync("regionGaps");
        await Expect(docs).ToContainTextAsync("equivalents");
        await browser.ScreenshotAsync("graphiql-docs-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task GraphiQL_WhenAStandardsBodyExampleIsPicked_ThenItOpensInATabAndRuns()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/graphiql");
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("regionGaps");
        var example = page.Locator("[data-example=standards-equivalents]");
        await Expect(example).ToBeEnabledAsync();

        await example.ClickAsync();
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("equivalents");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("JIS X 5070-1:2011");
        await browser.ScreenshotAsync("graphiql-equivalents-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task GraphiQL_WhenOpenedOnAPhone_ThenTheResultShowsBelowTheEditorWithinTheScreen()
    {
        await using var browser = await server.NewPageAsync(390, 844);
        var page = browser.Page;
        await page.GotoAsync("/graphiql");
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("regionGaps");

        await page.Locator(".graphiql-execute-button").ClickAsync();

        var response = page.Locator(".graphiql-response");
        await Expect(response).ToContainTextAsync("\"regionGaps\"");
        var editorBox = await page.Locator(".graphiql-editors").BoundingBoxAsync();
        var responseBox = await response.BoundingBoxAsync();
        Assert.True(responseBox!.Y >= editorBox!.Y + editorBox.Height - 1, "On a phone the response is stacked below the editors.");
        await browser.AssertNoHorizontalOverflowAsync();
        await browser.ScreenshotAsync("graphiql-region-gaps-390");
        browser.AssertNoConsoleErrors();
    }
}
