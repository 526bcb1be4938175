using Microsoft.Playwright;

namespace CyberSkillsGraph.Web.Tests;

/// <summary>One page in its own browser context that records console errors, failed requests and uncaught exceptions.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Record($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record($"uncaught: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A navigation away from a page aborts its pending requests; that is not an error of the page.
            if (request.Failure is { } failure && !failure.Contains("ERR_ABORTED", StringComparison.Ordinal))
                Record($"request failed: {request.Method} {request.Url}: {failure}");
        };
    }

    public IPage Page { get; }

    public static async Task<BrowserPage> CreateAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    private void Record(string error)
    {
        lock (errors) errors.Add(error);
    }

    public void AssertNoConsoleErrors()
    {
        lock (errors) Assert.True(errors.Count == 0, "The browser reported errors:\n" + string.Join("\n", errors));
    }

    /// <summary>Saves a full-page screenshot as screenshots/NAME.png in the test output folder.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(WebUiServer.ScreenshotDirectory, name + ".png"),
            FullPage = true,
        });
    }

    /// <summary>The page is no wider than its viewport: nothing forces a sideways scroll of the whole page.</summary>
    public async Task AssertNoHorizontalOverflowAsync()
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= widths[1]) return;
        // Name the outermost elements that stick out, to make the failure easy to fix.
        var culprits = await Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
              .slice(0, 10)
              .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`)
            """);
        Assert.Fail($"The page is {widths[0]} px wide in a {widths[1]} px viewport; sticking out: {string.Join(", ", culprits)}");
    }

    /// <summary>Keeps the page as the test left it (screenshots/final/TEST.png), which shows at once why a test failed.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            var test = TestContext.Current.TestMethod?.MethodName ?? "unknown";
            Directory.CreateDirectory(Path.Combine(WebUiServer.ScreenshotDirectory, "final"));
            await Page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(WebUiServer.ScreenshotDirectory, "final", test + ".png"),
                FullPage = true,
                Timeout = 10_000,
            });
        }
        catch (PlaywrightException)
        {
            // The page may be gone; the screenshot is only a help.
        }
        catch (TimeoutException)
        {
            // Likewise.
        }
        await context.DisposeAsync();
    }
}
