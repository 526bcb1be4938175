namespace CyberSkillsGraph.Api.Auth;

/// <summary>A confidential service client (client credentials) configured under Auth:Clients.</summary>
public sealed class ClientRegistration
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string Role { get; set; } = "";
    public string? ProviderId { get; set; }
    public string? DisplayName { get; set; }
}
