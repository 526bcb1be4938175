namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>One problem with a mutation's input: the path of the field (null for the whole input), a code and a message.</summary>
public sealed record UserErrorResult(string? Field, UserErrorCode Code, string Message);
