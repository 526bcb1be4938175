namespace CyberSkillsGraph.Api.Auth;

/// <summary>A web UI user configured under Auth:Users.</summary>
public sealed class UserRegistration
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = "";
    public string? ProviderId { get; set; }
}
