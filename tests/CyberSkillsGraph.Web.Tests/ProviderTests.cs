using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CyberSkillsGraph.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ProviderTests(WebUiServer server)
{
    static ProviderTests() => SetDefaultExpectTimeout(20_000);

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));

    private static async Task SignInAsync(BrowserPage browser)
    {
        var page = browser.Page;
        await page.GotoAsync("/provider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The token server's own sign-in form, then back through /signin-callback with a code.
        // Wait for the navigation itself, not the load event: on a busy CI machine the page's load can lag far behind.
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(WebUiServer.ProviderUser);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(WebUiServer.ProviderPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/provider", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your programmes" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Provider_WhenSignedInAndRegisteringAProgramme_ThenTheDashboardSupplyRises()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;

        // The largest gap in Germany, and its supply before.
        await page.GotoAsync("/?region=DE");
        await page.GetByTestId("gap-bars").GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(page.GetByTestId("detail-supply")).ToBeVisibleAsync();
        var gap = Uri.UnescapeDataString(new Uri(page.Url).Query.Split('&').Single(p => p.Contains("gap=", StringComparison.Ordinal)).Split('=')[1]);
        var competence = gap[..gap.LastIndexOf('@')];
        var level = gap[(gap.LastIndexOf('@') + 1)..];
        var before = Number(await page.GetByTestId("detail-supply").InnerTextAsync());

        await SignInAsync(browser);
        await Expect(page.GetByText("Beispiel Cyber-Institut")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("my-programmes")).ToContainTextAsync("ill-de-");
        await browser.ScreenshotAsync("provider-programmes-1280");

        await page.GetByRole(AriaRole.Link, new() { Name = "Register a programme" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Browser-test bootcamp");
        await page.GetByLabel("Regions where it is offered", new() { Exact = true }).FillAsync("DE");
        await page.GetByLabel("Seats per year", new() { Exact = true }).FillAsync("-5");
        await page.GetByLabel("Hours", new() { Exact = true }).FillAsync("40");
        await page.GetByLabel("Competence 1", new() { Exact = true }).SelectOptionAsync(competence);
        await page.GetByLabel("Level", new() { Exact = true }).SelectOptionAsync(level);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        // The API's validation message appears at the field it concerns, and the field is marked and focused.
        await Expect(page.Locator("#pf-seatsPerYear-error")).ToContainTextAsync("negative");
        await Expect(page.GetByLabel("Seats per year", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Seats per year", new() { Exact = true })).ToBeFocusedAsync();
        await Expect(page.GetByTestId("form-error")).ToContainTextAsync("refused");
        await browser.ScreenshotAsync("provider-register-validation-1280");
        await page.SetViewportSizeAsync(390, 844);
        await browser.AssertNoHorizontalOverflowAsync();
        await browser.ScreenshotAsync("provider-register-validation-390");
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByLabel("Seats per year", new() { Exact = true }).FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Registered" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("my-programmes")).ToContainTextAsync("Browser-test bootcamp");
        await browser.ScreenshotAsync("provider-registered-1280");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gap dashboard" }).ClickAsync();
        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync("DE");
        await page.GetByTestId("heat-map").GetByRole(AriaRole.Button, new() { Name = $"{gap.Split(':')[1].Split('@')[0]} @{level}" }).First.ClickAsync();
        await Expect(page.GetByTestId("detail-supply")).ToHaveTextAsync((before + 500).ToString("N0", CultureInfo.GetCultureInfo("en-GB")));
        await Expect(page.GetByTestId("suppliers")).ToContainTextAsync("Browser-test bootcamp");
        await browser.ScreenshotAsync("dashboard-de-after-registration-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Provider_WhenEditingAndRetiringAProgramme_ThenTheListShowsTheChanges()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await SignInAsync(browser);

        var table = page.GetByTestId("my-programmes");
        var firstTitle = (await table.Locator("tbody tr").First.Locator(".programme-title").InnerTextAsync()).Trim();
        await table.GetByRole(AriaRole.Link, new() { Name = $"Edit {firstTitle}" }).ClickAsync();
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(firstTitle);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(firstTitle + " (revised)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved" })).ToBeVisibleAsync();
        await Expect(table).ToContainTextAsync(firstTitle + " (revised)");

        var row = table.Locator("tbody tr").Filter(new() { HasText = firstTitle + " (revised)" });
        await row.GetByRole(AriaRole.Button, new() { Name = $"Retire {firstTitle} (revised)" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Yes, retire it" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Retired");
        await browser.ScreenshotAsync("provider-retired-1280");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Provider_WhenSigningOut_ThenTheServerSessionEndsAndSigningInAsksForThePasswordAgain()
    {
        await using var browser = await server.NewPageAsync();
        var page = browser.Page;
        await SignInAsync(browser);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // The token server ends its session, revokes the tokens and sends the browser back to the site root.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.GotoAsync("/provider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeVisibleAsync();
        browser.AssertNoConsoleErrors();
    }
}
