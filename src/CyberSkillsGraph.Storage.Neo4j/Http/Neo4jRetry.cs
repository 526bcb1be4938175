using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>
/// Retry policies, by what is safe to repeat. A read or an idempotent schema statement may be sent
/// again after any transient or transport failure. A write transaction is retried from its start only
/// when Neo4j said the failure was transient (it rolled the transaction back); a lost connection or a
/// time-out during commit leaves the outcome unknown, so that is never retried.
/// </summary>
internal static class Neo4jRetry
{
    // connectionsRetried: the HttpClient already retries connections that could not be made (the one
    // Neo4jHttpClientFactory builds), so this layer leaves those alone rather than multiply the attempts.
    public static ResiliencePipeline ForIdempotent(Neo4jStoreOptions options, ILogger logger, bool connectionsRetried) =>
        Build(options, logger, "request", e => e switch
        {
            Neo4jException { IsTransient: true } or TimeoutException => true,
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => !connectionsRetried,
            HttpRequestException => true,
            _ => false,
        });

    public static ResiliencePipeline ForTransactions(Neo4jStoreOptions options, ILogger logger) =>
        Build(options, logger, "transaction", e => e is Neo4jException { IsTransient: true });

    private static ResiliencePipeline Build(Neo4jStoreOptions options, ILogger logger, string what, Func<Exception, bool> retryable)
    {
        if (options.MaxRetryAttempts == 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && retryable(e)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                OnRetry = args =>
                {
                    var error = args.Outcome.Exception;
                    logger.LogWarning(
                        "Neo4j {What} failed ({Error}); retry {Attempt} of {Max} in {Delay} ms",
                        what, error is Neo4jException neo ? neo.Code : error?.GetType().Name, args.AttemptNumber + 1,
                        options.MaxRetryAttempts, (int)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
