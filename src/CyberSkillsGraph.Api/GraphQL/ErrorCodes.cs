namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values clients can rely on (docs/api.md, "Responses").</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string BadRequest = "BAD_REQUEST";
    /// <summary>An update based on a version of the record that is no longer current.</summary>
    public const string Conflict = "CONFLICT";
}
