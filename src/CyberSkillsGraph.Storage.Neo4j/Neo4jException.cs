namespace CyberSkillsGraph.Storage.Neo4j;

/// <summary>
/// An error that Neo4j reported in a response's <c>errors</c> array (whatever the HTTP status), or an
/// HTTP failure status without one. <see cref="Code"/> is Neo4j's status code, such as
/// <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>, or <c>HTTP.503</c> for a bare status.
/// </summary>
public sealed class Neo4jException(string code, string message, int? statusCode = null)
    : Exception($"{code}: {message}")
{
    public string Code { get; } = code;

    /// <summary>The HTTP status of the response that carried the error.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>True when the work can be tried again as it was: the server rolled it back and may succeed later.</summary>
    public bool IsTransient => IsTransientCode(Code);

    /// <summary>
    /// Neo4j's transient class, less the two codes that Neo4j 5 reclassified as client errors (a
    /// terminated transaction stays terminated), plus the cluster's leader-switch codes, as the
    /// official drivers classify them; a bare 503 or 429 from a proxy or a starting server too.
    /// </summary>
    public static bool IsTransientCode(string code) => code switch
    {
        "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped" => false,
        "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" => true,
        "HTTP.503" or "HTTP.429" => true,
        _ => code.StartsWith("Neo.TransientError.", StringComparison.Ordinal),
    };
}
