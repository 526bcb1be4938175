using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>Revoked and expired tokens leave auth.db once they are old enough.</summary>
public sealed class TokenPruningTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prune_WhenARevokedTokenIsOlderThanTheMinimumAge_ThenItIsDeletedAndYoungOnesAreKept()
    {
        await using var factory = new ApiFactory();
        // The timer must not fire on its own while the test moves the clock.
        factory.Settings["Auth:PruneInterval"] = "30.00:00:00";
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var client = app.CreateClient();
        var token = await ApiFactory.TokenAsync(client, "test-planner", ApiFactory.SecretOf("test-planner"));
        using var revoked = await client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["client_id"] = "test-planner", ["client_secret"] = ApiFactory.SecretOf("test-planner"),
        }), Cancel);
        await ApiFactory.TokenAsync(client, "test-admin", ApiFactory.SecretOf("test-admin"));
        var pruning = app.Services.GetRequiredService<CyberSkillsGraph.Api.Auth.TokenPruning>();

        var young = await pruning.PruneAsync(Cancel);
        clock.Advance(TimeSpan.FromDays(15));
        var old = await pruning.PruneAsync(Cancel);
        await using var scope = app.Services.CreateAsyncScope();
        var left = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().CountAsync(Cancel);

        Assert.Equal(0, young.Tokens);
        Assert.True(old.Tokens >= 1, $"pruned {old.Tokens}");
        Assert.Equal(1, left);
    }
}
