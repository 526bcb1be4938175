using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>Builds the HttpClient that <see cref="Neo4jGraphStore.Create"/> uses.</summary>
internal static class Neo4jHttpClientFactory
{
    public static HttpClient Create(Neo4jStoreOptions options)
    {
        var sockets = new SocketsHttpHandler
        {
            // Reconnect now and then so that a changed DNS answer (Aura, a cluster behind a name) is noticed.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Only a connection that could not be made is safe to retry for every request, a commit
                // included: the request never reached Neo4j. Everything else is the store's to decide.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException
                {
                    HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
                }),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
            });
        }
        var handler = new ResilienceHandler(pipeline.Build()) { InnerHandler = sockets };
        // The query client applies RequestTimeout to each request itself.
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
