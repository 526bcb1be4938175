using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>The claims writes rely on. They come only from a validated token, never from request input.</summary>
public static class GraphClaims
{
    /// <summary>The provider a provider account is bound to.</summary>
    public const string ProviderId = "provider_id";

    public static string? Subject(this ClaimsPrincipal user) => user.FindFirst(Claims.Subject)?.Value;

    public static string? ProviderOf(this ClaimsPrincipal user) => user.FindFirst(ProviderId)?.Value;

    /// <summary>Whether the token was issued for the API's protected operations (scope "api").</summary>
    public static bool HasApiScope(this ClaimsPrincipal user) => user.HasScope(AuthServer.ApiScope);

    public static bool HasRole(this ClaimsPrincipal user, string role) => user.FindAll(Claims.Role).Any(c => c.Value == role);

    /// <summary>The account's name, as mappings record their author: the client id for services, the user name for people.</summary>
    public static string AccountName(this ClaimsPrincipal user) => user.Identity?.Name ?? user.Subject() ?? "unknown";

    /// <summary>Who did it, for the audit trail: the subject and, for people, their name.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.FindFirst(Claims.Name)?.Value is { } name && name != user.Subject() ? $"{user.Subject()} ({name})" : user.Subject() ?? "anonymous";
}
