namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// One problem with a mutation's input: the path of the field as a list of names and list indexes, starting at the
/// argument (<c>["input", "regions", "0"]</c>), null when the problem is with no one field; a code and a message.
/// </summary>
public sealed record UserErrorResult(IReadOnlyList<string>? Field, UserErrorCode Code, string Message);
