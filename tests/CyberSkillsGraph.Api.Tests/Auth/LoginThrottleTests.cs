using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>Repeated wrong passwords are slowed down per account and per address, up to a lockout, on a fake clock.</summary>
public sealed class LoginThrottleTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private WebApplicationFactory<Program> app = null!;

    public ValueTask InitializeAsync()
    {
        app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Login_WhenAnAccountGetsRepeatedWrongPasswords_ThenEvenTheRightOneWaitsAndWorksAfterTheBackOff()
    {
        var flow = new BrowserSignIn(app);
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await flow.LoginAsync("/account/login", "alice", "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var throttled = await flow.LoginAsync("/account/login", "alice", ApiFactory.AlicePassword);
        clock.Advance(TimeSpan.FromSeconds(2));
        using var later = await flow.LoginAsync("/account/login", "alice", ApiFactory.AlicePassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.Contains("Too many failed sign-ins", await throttled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task Login_WhenFailuresGoOn_ThenTheWaitDoublesUpToAFifteenMinuteLockout()
    {
        var flow = new BrowserSignIn(app);
        var waits = new List<int>();
        for (var i = 0; i < 16; i++)
        {
            using var wrong = await flow.LoginAsync("/account/login", "alice", "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            using var probe = await flow.LoginAsync("/account/login", "alice", "wrong-again");
            var wait = probe.StatusCode == HttpStatusCode.TooManyRequests
                ? int.Parse(probe.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture)
                : 0;
            waits.Add(wait);
            clock.Advance(TimeSpan.FromSeconds(wait + 1));
        }

        // Two attempts per round while no wait applies: the third failure starts the back-off.
        Assert.Equal([0, 1, 2, 4, 8, 16], waits.Take(6));
        Assert.Equal(900, waits[^1]);
    }

    [Fact]
    public async Task Login_WhenOneAddressTriesManyAccounts_ThenTheAddressIsThrottledForEveryAccount()
    {
        var flow = new BrowserSignIn(app);
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await flow.LoginAsync("/account/login", "guess-" + i, "wrong-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var throttled = await flow.LoginAsync("/account/login", "alice", ApiFactory.AlicePassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
    }

    [Fact]
    public async Task LoginPage_WhenTheClientAsksForJapanese_ThenThePageIsJapanese()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja-JP");

        var page = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);
        var fromUiLocales = await app.CreateClient().GetStringAsync(
            "/account/login?returnUrl=" + Uri.EscapeDataString("/connect/authorize?client_id=cyberskills-web&ui_locales=ja"), TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"ja\">", page);
        Assert.Contains("サインイン", page);
        Assert.Contains("<html lang=\"ja\">", fromUiLocales);
    }
}
