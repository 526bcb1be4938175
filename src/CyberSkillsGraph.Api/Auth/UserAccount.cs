namespace CyberSkillsGraph.Api.Auth;

/// <summary>A person who signs in to the web UI. The password is stored only as a salted PBKDF2 hash.</summary>
public sealed class UserAccount
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "";
    public string? ProviderId { get; set; }
    public bool Disabled { get; set; }
}
