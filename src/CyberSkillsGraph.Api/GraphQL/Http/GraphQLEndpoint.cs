using System.Globalization;
using System.Text.Json;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.Observability;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at one path: POST with a JSON body for any operation, GET with query parameters
/// for queries only. Requests are parsed and checked here; execution is GraphQL.NET's.
/// </summary>
public static class GraphQLEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithName("GraphQL")
            .DisableAntiforgery();

    private static async Task HandleAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var limits = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        AddSecurityHeaders(http.Response);
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var limit = limits.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status413PayloadTooLarge, mediaType, $"The request body is larger than {limit} bytes.");
            return;
        }
        // Kestrel enforces the limit on bodies without a Content-Length as they are read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;

        // One deadline for the whole request, parsing and validation included; it also ends when the client
        // leaves or the server is stopping, so no abandoned request keeps burning CPU.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(
            http.RequestAborted, http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        deadline.CancelAfter(limits.RequestTimeout);
        var cancellationToken = deadline.Token;
        var received = TimeProvider.System.GetTimestamp();

        var (request, unreadable) = HttpMethods.IsGet(http.Request.Method)
            ? ReadGet(http.Request, serializer)
            : await ReadPost(http.Request, serializer, limit, cancellationToken);
        if (request is null)
        {
            await WriteRequestError(http, serializer, unreadable!.Status, mediaType, unreadable.Message, unreadable.Code);
            return;
        }
        // graphql-js reads an empty operation name as none; so must the mutation check below, or it would pick no operation.
        if (request.OperationName is { Length: 0 }) request.OperationName = null;
        if (RequestDocument.Resolve(request, http.RequestServices, limits.AllowOnlyPersistedDocuments, out var persistAs) is { } refusal)
        {
            await WriteRequestError(http, serializer, refusal.Status, mediaType, refusal.Message, refusal.Code);
            return;
        }

        var (document, parseError, parseCode) = Parse(request.Query!, limits);
        if (parseError is not null)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status400BadRequest, mediaType, parseError, parseCode!);
            return;
        }

        // A query sent with its hash is kept for later hash-only requests, once it has passed the document limits.
        if (document is not null && persistAs is not null)
            http.RequestServices.GetRequiredService<AutomaticPersistedQueries>().Register(persistAs, request.Query!);

        var mutationFields = document is null ? 0 : OperationSelection.MutationFieldCount(document, request.OperationName);
        if (mutationFields > 0 && HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteRequestError(http, serializer, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations must be sent with POST.");
            return;
        }
        if (mutationFields > limits.MaxMutationFields)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status400BadRequest, mediaType,
                $"One request may run at most {limits.MaxMutationFields} mutations; this one has {mutationFields}.", ErrorCodes.QueryTooLarge);
            return;
        }
        if (mutationFields > 0 &&
            http.RequestServices.GetRequiredService<MutationRateLimiter>().TryAcquire(ClientOf(http), mutationFields) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await WriteRequestError(http, serializer, StatusCodes.Status429TooManyRequests, mediaType,
                "Too many mutations; wait before sending more.", ErrorCodes.RateLimited);
            return;
        }

        var state = http.RequestServices.GetRequiredService<GraphState>();
        var telemetry = http.RequestServices.GetRequiredService<GraphTelemetry>();
        var operationType = document is null ? "unknown" : mutationFields > 0 ? "mutation" : "query";
        using var activity = GraphTelemetry.Source.StartActivity("graphql " + operationType);
        activity?.SetTag("graphql.operation.type", operationType);
        activity?.SetTag("graphql.operation.name", request.OperationName);
        var started = TimeProvider.System.GetTimestamp();
        var userContext = new GraphQLUserContext(state.Current, http.User, ClientOf(http));
        // The timer behind the deadline may fire late (its resolution is milliseconds); a request whose deadline has
        // passed while it was read and parsed does not start running.
        if (TimeProvider.System.GetElapsedTime(received, started) >= limits.RequestTimeout) await deadline.CancelAsync();
        ExecutionResult result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = await http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options =>
            {
                options.Query = request.Query;
                options.Document = document;
                options.OperationName = request.OperationName;
                options.Variables = request.Variables;
                options.Extensions = request.Extensions;
                options.RequestServices = http.RequestServices;
                options.User = http.User;
                options.UserContext = userContext;
                options.CancellationToken = cancellationToken;
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // The client left: nobody reads an answer.
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status503ServiceUnavailable, mediaType,
                $"The request timed out after {limits.RequestTimeout.TotalSeconds:0.###} s, or the server is stopping, and was stopped.", ErrorCodes.Timeout);
            return;
        }
        LimitErrors(result, limits.MaxErrors);

        // With the GraphQL response type, a request that never reached execution (a syntax or
        // validation error) is a 400; plain JSON clients always get 200 with the errors in the body.
        var statusCode = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        if (userContext.RetryAfter is { } wait)
        {
            // Refused by the client's query cost budget, as a mutation beyond its rate is: 429 and when to come back.
            statusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        var outcome = !result.Executed ? "rejected" : result.Errors is { Count: > 0 } ? "error" : "ok";
        activity?.SetTag("graphql.outcome", outcome);
        telemetry.Requests.Add(1, new("operation", operationType), new("outcome", outcome));
        telemetry.Duration.Record(TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operationType));
        await WriteCappedAsync(http, serializer, statusCode, mediaType, result, limits.MaxResponseBytes, cancellationToken);
    }

    /// <summary>
    /// Parses the query after counting its tokens, then applies the document limits. A syntax error is left to the
    /// executor, which reports it as a GraphQL error with its location.
    /// </summary>
    private static (GraphQLDocument? Document, string? Error, string? Code) Parse(string query, GraphQLHttpOptions limits)
    {
        if (DocumentLimits.CountTokens(query, limits.MaxTokens) > limits.MaxTokens)
            return (null, $"The document has more than {limits.MaxTokens} tokens; split it into smaller requests.", ErrorCodes.QueryTooLarge);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, "The document is nested too deeply to parse.", ErrorCodes.QueryTooLarge);
        }
        catch (GraphQLParserException)
        {
            return (null, null, null);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // The parser can fail while describing a syntax error (a lone carriage return, GraphQL-Parser 9.5): still the client's error.
            return (null, "The query is not valid GraphQL syntax.", ErrorCodes.SyntaxError);
        }
        var tooLarge = DocumentLimits.Check(document, limits.MaxFields, limits.MaxFieldsPerResponseName);
        return tooLarge is null ? (document, null, null) : (null, tooLarge, ErrorCodes.QueryTooLarge);
    }

    /// <summary>Keeps the first <paramref name="maxErrors"/> errors and says how many more there were, so an error storm cannot make a huge answer.</summary>
    private static void LimitErrors(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { } errors || errors.Count <= maxErrors) return;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(maxErrors)) kept.Add(error);
        kept.Add(new ExecutionError($"{errors.Count - maxErrors} more errors were left out.") { Code = ErrorCodes.TooManyErrors });
        result.Errors = kept;
    }

    /// <summary>
    /// Serializes into a buffer of bounded size, so that an answer over the limit becomes an error instead of hundreds of
    /// megabytes, then sends it with its length.
    /// </summary>
    private static async Task WriteCappedAsync(
        HttpContext http, IGraphQLTextSerializer serializer, int statusCode, string mediaType, ExecutionResult result, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new ResponseBuffer(maxBytes);
        try
        {
            ((ResponseSerializer)serializer).Write(buffer, result);
        }
        catch (ResponseBuffer.FullException)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status200OK, mediaType,
                $"The answer is larger than {maxBytes} bytes; ask for fewer fields or smaller pages.", ErrorCodes.ResponseTooLarge);
            return;
        }
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(http.Response.Body, cancellationToken);
    }

    /// <summary>Who a mutation counts against: the token's subject, else the remote address.</summary>
    private static string ClientOf(HttpContext http) =>
        http.User.Subject() ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Answers are data, never pages: nothing in them may be sniffed, framed or run.</summary>
    private static void AddSecurityHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static (GraphQLRequest? Request, RequestRefusal? Refusal) ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        try
        {
            return (new GraphQLRequest
            {
                Query = request.Query["query"],
                OperationName = request.Query["operationName"] is { Count: > 0 } name && name.ToString().Length > 0 ? name.ToString() : null,
                Variables = request.Query["variables"] is { Count: > 0 } variables ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
                Extensions = request.Query["extensions"] is { Count: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions.ToString()) : null,
                DocumentId = request.Query["documentId"] is { Count: > 0 } documentId ? documentId.ToString() : null,
            }, null);
        }
        catch (JsonException)
        {
            return (null, BadRequest("The variables or extensions parameter is not a JSON object."));
        }
    }

    private static async Task<(GraphQLRequest? Request, RequestRefusal? Refusal)> ReadPost(
        HttpRequest request, IGraphQLTextSerializer serializer, long maxBytes, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJson(request.ContentType))
            return (null, new RequestRefusal($"Content-Type must be {GraphQLMediaTypes.Json}.", ErrorCodes.BadRequest, StatusCodes.Status415UnsupportedMediaType));
        using var body = new MemoryStream();
        try
        {
            // The body is already bounded by MaxRequestBodyBytes; reading it first lets a batch be told from a malformed body.
            await request.Body.CopyToAsync(body, cancellationToken);
            if (FirstNonWhitespace(body) == '[')
                return (null, new RequestRefusal("Batched requests (a JSON array of operations) are not supported; send one operation per request.",
                    ErrorCodes.BatchingNotSupported, StatusCodes.Status400BadRequest));
            body.Position = 0;
            var graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(body, cancellationToken);
            return graphQLRequest is null ? (null, BadRequest("The body must be a JSON object with a query.")) : (graphQLRequest, null);
        }
        catch (OperationCanceledException)
        {
            return (null, new RequestRefusal("The request body did not arrive before the request timeout.", ErrorCodes.Timeout, StatusCodes.Status408RequestTimeout));
        }
        catch (BadHttpRequestException e)
        {
            // A body sent in chunks (no Content-Length) is cut off by Kestrel only as it is read: the same refusal as a declared one.
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new RequestRefusal($"The request body is larger than {maxBytes} bytes.", ErrorCodes.BadRequest, StatusCodes.Status413PayloadTooLarge)
                : BadRequest("The request body could not be read."));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, BadRequest("The body is not a GraphQL request: a JSON object with query, and optionally operationName, variables and extensions."));
        }
    }

    private static readonly System.Buffers.SearchValues<byte> JsonWhitespace = System.Buffers.SearchValues.Create(" \t\r\n"u8);

    private static int FirstNonWhitespace(MemoryStream body)
    {
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var index = bytes.IndexOfAnyExcept(JsonWhitespace);
        return index < 0 ? -1 : bytes[index];
    }

    private static RequestRefusal BadRequest(string message) => new(message, ErrorCodes.BadRequest, StatusCodes.Status400BadRequest);

    private static async Task WriteRequestError(
        HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, string message, string code = ErrorCodes.BadRequest)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
