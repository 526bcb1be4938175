using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>
/// A client of Neo4j's HTTP Query API (Neo4j 5.26 and later, Aura): auto-commit queries on
/// <c>/db/{db}/query/v2</c> and explicit transactions on <c>…/query/v2/tx</c>. It never retries: only
/// the caller knows whether what failed may be repeated (see <see cref="Neo4jRetry"/>). It never logs
/// headers or bodies, so credentials and data stay out of the logs.
/// </summary>
internal sealed class Neo4jQueryClient
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions ParameterJson = new();

    private readonly HttpClient _http;
    private readonly string _queryUri;
    private readonly (string Scheme, string Parameter)? _authorization;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    // The newest bookmark this client has seen, sent with every read so that a cluster member that
    // lags behind waits until it has this client's own writes (and the pages of one load) applied.
    private string[] _bookmarks = [];

    public Neo4jQueryClient(HttpClient http, Neo4jStoreOptions options, ILogger? logger = null)
    {
        options.Validate();
        _http = http;
        var root = options.Uri!.AbsoluteUri.TrimEnd('/');
        _queryUri = $"{root}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _authorization = Authorization(options);
        _timeout = options.RequestTimeout;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Runs one statement in its own (implicit) transaction.</summary>
    public async Task<Neo4jResult> RunAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters, Neo4jAccessMode accessMode, CancellationToken cancellationToken)
    {
        var bookmarks = accessMode == Neo4jAccessMode.Read ? Volatile.Read(ref _bookmarks) : [];
        var (result, _) = await SendAsync(HttpMethod.Post, _queryUri, Body(statement, parameters, accessMode, bookmarks), null, cancellationToken);
        Remember(result.Bookmarks);
        return result;
    }

    /// <summary>Opens an explicit transaction with its first statement (an empty first request was unreliable before Neo4j 2025.04).</summary>
    public async Task<(Neo4jTransaction Transaction, Neo4jResult Result)> BeginAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var (result, affinity) = await SendAsync(
            HttpMethod.Post, _queryUri + "/tx", Body(statement, parameters, Neo4jAccessMode.Write, []), null, cancellationToken);
        var id = result.TransactionId
            ?? throw new InvalidDataException("Neo4j did not open a transaction: its answer has no transaction.id.");
        return (new Neo4jTransaction(id, affinity), result);
    }

    public async Task<Neo4jResult> RunInTransactionAsync(
        Neo4jTransaction transaction, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var (result, _) = await SendAsync(
            HttpMethod.Post, TransactionUri(transaction), Body(statement, parameters, Neo4jAccessMode.Write, []), transaction, cancellationToken);
        return result;
    }

    public async Task CommitAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        // No body: the statements already ran (a commit may carry a last statement, which we do not use).
        var (result, _) = await SendAsync(HttpMethod.Post, TransactionUri(transaction) + "/commit", [], transaction, cancellationToken);
        Remember(result.Bookmarks);
    }

    public async Task RollbackAsync(Neo4jTransaction transaction, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, TransactionUri(transaction), null, transaction, cancellationToken);

    private string TransactionUri(Neo4jTransaction transaction) => $"{_queryUri}/tx/{Uri.EscapeDataString(transaction.Id)}";

    private async Task<(Neo4jResult Result, string? Affinity)> SendAsync(
        HttpMethod method, string uri, byte[]? body, Neo4jTransaction? transaction, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.ParseAdd("application/json");
        if (_authorization is var (scheme, parameter))
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, parameter);
        // Every request of a transaction must reach the cluster member that holds it.
        if (transaction?.Affinity is { } affinity)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        var path = request.RequestUri!.AbsolutePath;
        _logger.LogDebug("Neo4j {Method} {Path}", method.Method, path);
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var result = Neo4jResponseParser.Parse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes);
            var answeredAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (result, answeredAffinity ?? transaction?.Affinity);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j did not answer {method.Method} {path} within {_timeout}.");
        }
    }

    private static byte[] Body(
        string statement, IReadOnlyDictionary<string, object?>? parameters, Neo4jAccessMode accessMode, IReadOnlyList<string> bookmarks)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            if (parameters is { Count: > 0 })
            {
                writer.WritePropertyName("parameters");
                JsonSerializer.Serialize(writer, parameters, ParameterJson);
            }
            // Write is the default; a cluster sends Read requests to its readers.
            if (accessMode == Neo4jAccessMode.Read)
                writer.WriteString("accessMode", "Read");
            if (bookmarks.Count > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks) writer.WriteStringValue(bookmark);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private void Remember(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0) Volatile.Write(ref _bookmarks, [.. bookmarks]);
    }

    /// <summary>Basic with user and password, or Bearer with the token base64-encoded, as the Query API documents.</summary>
    private static (string, string)? Authorization(Neo4jStoreOptions options)
    {
        if (options.Token is { Length: > 0 } token)
            return ("Bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes(token)));
        if (options.User is { Length: > 0 } user)
            return ("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Password}")));
        return null;
    }
}
