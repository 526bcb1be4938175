namespace CyberSkillsGraph.Api.Auth;

/// <summary>The roles a token can carry (docs/security.md, "Roles and what they may do"). Reads need none.</summary>
public static class Roles
{
    public const string Planner = "planner";
    public const string Provider = "provider";
    public const string StandardsBody = "standards-body";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Planner, Provider, StandardsBody, Admin];
}
