using System.Collections.Concurrent;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>
/// A local stand-in for the HTTP transport, for protocol tests of the client: records every request
/// and answers with what the test scripts. It is no Neo4j and the contract tests never use it.
/// </summary>
internal sealed class StubHandler(Func<RecordedRequest, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers
            .Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, headers, body);
        _requests.Enqueue(recorded);
        cancellationToken.ThrowIfCancellationRequested();
        return respond(recorded);
    }
}
