using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>No secret a client sends or receives during sign-in and token requests reaches the log, at any level the default configuration lets through.</summary>
public sealed class SecretLoggingTests
{
    [Fact]
    public async Task Log_WhenClientsSignInAndGetTokens_ThenNoSecretVerifierPasswordOrTokenIsWritten()
    {
        await using var factory = new ApiFactory();
        var log = new CapturingLoggerProvider();
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(log)));

        var serviceToken = await ApiFactory.TokenAsync(app.CreateClient(), "test-planner", ApiFactory.SecretOf("test-planner"));
        var flow = new BrowserSignIn(app);
        var callback = await flow.SignInAsync();
        var tokens = await flow.RedeemAsync(callback);

        Assert.NotEmpty(log.Messages);
        string[] secrets =
        [
            ApiFactory.SecretOf("test-planner"), ApiFactory.AlicePassword, flow.Verifier, BrowserSignIn.Parameter(callback, "code")!,
            serviceToken, tokens.GetProperty("access_token").GetString()!, tokens.GetProperty("refresh_token").GetString()!,
        ];
        foreach (var secret in secrets)
            Assert.DoesNotContain(log.Messages, message => message.Contains(secret, StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
