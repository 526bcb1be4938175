using System.Text.Json;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.Observability;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

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
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var limits = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value;
        var limit = limits.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status413PayloadTooLarge, mediaType, $"The request body is larger than {limit} bytes.");
            return;
        }
        // Kestrel enforces the limit on bodies without a Content-Length as they are read.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;

        var (request, error, status) = HttpMethods.IsGet(http.Request.Method)
            ? ReadGet(http.Request, serializer)
            : await ReadPost(http.Request, serializer);
        if (request is null)
        {
            await WriteRequestError(http, serializer, status, mediaType, error!);
            return;
        }
        var documentError = ResolveDocument(request, http.RequestServices, limits.AllowOnlyPersistedDocuments);
        if (documentError is not null)
        {
            await WriteRequestError(http, serializer, StatusCodes.Status400BadRequest, mediaType, documentError);
            return;
        }

        GraphQLDocument? document = null;
        try
        {
            document = Parser.Parse(request.Query);
        }
        catch (GraphQLParserException)
        {
            // Left to the executor, which reports the syntax error as a GraphQL error with its location.
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // The parser can fail while describing a syntax error (a lone carriage return, GraphQL-Parser 9.5): still the client's error.
            await WriteRequestError(http, serializer, StatusCodes.Status400BadRequest, mediaType, "The query is not valid GraphQL syntax.", "SYNTAX_ERROR");
            return;
        }
        var isMutation = document is not null && IsMutation(document, request.OperationName);
        if (isMutation && HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteRequestError(http, serializer, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations must be sent with POST.");
            return;
        }

        if (isMutation &&
            http.RequestServices.GetRequiredService<MutationRateLimiter>().TryAcquire(http) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteRequestError(http, serializer, StatusCodes.Status429TooManyRequests, mediaType, "Too many mutations; wait before sending more.");
            return;
        }

        var state = http.RequestServices.GetRequiredService<GraphState>();
        var telemetry = http.RequestServices.GetRequiredService<GraphTelemetry>();
        var operationType = document is null ? "unknown" : isMutation ? "mutation" : "query";
        using var activity = GraphTelemetry.Source.StartActivity("graphql " + operationType);
        activity?.SetTag("graphql.operation.type", operationType);
        activity?.SetTag("graphql.operation.name", request.OperationName);
        var started = TimeProvider.System.GetTimestamp();
        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.UserContext = new GraphQLUserContext(state.Current, http.User);
            options.CancellationToken = http.RequestAborted;
            options.Timeout = limits.RequestTimeout;
            options.TimeoutAction = global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError;
        });

        // With the GraphQL response type, a request that never reached execution (a syntax or
        // validation error) is a 400; plain JSON clients always get 200 with the errors in the body.
        http.Response.StatusCode = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var outcome = !result.Executed ? "rejected" : result.Errors is { Count: > 0 } ? "error" : "ok";
        activity?.SetTag("graphql.outcome", outcome);
        telemetry.Requests.Add(1, new("operation", operationType), new("outcome", outcome));
        telemetry.Duration.Record(TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operationType));
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// Puts the text of a persisted document into the request, or says why the request names no runnable
    /// document. When only persisted documents are allowed, ad-hoc query text is refused.
    /// </summary>
    private static string? ResolveDocument(GraphQLRequest request, IServiceProvider services, bool onlyPersisted)
    {
        if (request.DocumentId is { Length: > 0 } documentId)
        {
            if (!string.IsNullOrEmpty(request.Query)) return "Send either query or documentId, not both.";
            if (!documentId.StartsWith(PersistedDocuments.Prefix, StringComparison.OrdinalIgnoreCase))
                return $"documentId must start with '{PersistedDocuments.Prefix}'.";
            if (!services.GetRequiredService<PersistedDocuments>().TryGet(documentId, out var text))
                return $"No persisted document has the id '{documentId}'.";
            request.Query = text;
            return null;
        }
        if (string.IsNullOrWhiteSpace(request.Query)) return "The request has no query.";
        return onlyPersisted ? "This server runs only persisted documents: send documentId instead of query." : null;
    }

    private static (GraphQLRequest? Request, string? Error, int Status) ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
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
            }, null, 0);
        }
        catch (JsonException)
        {
            return (null, "The variables or extensions parameter is not a JSON object.", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<(GraphQLRequest? Request, string? Error, int Status)> ReadPost(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        if (!GraphQLMediaTypes.IsJson(request.ContentType))
            return (null, $"Content-Type must be {GraphQLMediaTypes.Json}.", StatusCodes.Status415UnsupportedMediaType);
        try
        {
            var body = await serializer.ReadAsync<GraphQLRequest>(request.Body, request.HttpContext.RequestAborted);
            return body is null
                ? (null, "The body must be a JSON object with a query.", StatusCodes.Status400BadRequest)
                : (body, null, 0);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, "The body is not a GraphQL request: a JSON object with query, and optionally operationName, variables and extensions.",
                StatusCodes.Status400BadRequest);
        }
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return chosen?.Operation == OperationType.Mutation;
    }

    private static async Task WriteRequestError(
        HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, string message, string code = ErrorCodes.BadRequest)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
