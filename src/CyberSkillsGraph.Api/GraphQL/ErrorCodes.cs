namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values clients can rely on (docs/api.md, "Responses").</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>An update based on a version of the record that is no longer current, or a write that lost a race with another instance: retry it.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The client sent more mutations than its rate limit allows; the Retry-After header says when to try again.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The document has more tokens, fields or repeated response names than the limits allow; nothing was validated.</summary>
    public const string QueryTooLarge = "QUERY_TOO_LARGE";

    /// <summary>The answer would be larger than the response limit; ask for less (page, or fewer fields).</summary>
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    /// <summary>More errors than one response carries; the ones shown come first.</summary>
    public const string TooManyErrors = "TOO_MANY_ERRORS";

    /// <summary>The request took longer than the request timeout and was stopped.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Apollo's automatic persisted queries: the hash is unknown here; send the query with it.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Apollo's automatic persisted queries: the hash sent is not the SHA-256 of the query sent.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The body is a JSON array of operations; send one operation per request.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string SyntaxError = "SYNTAX_ERROR";
}
