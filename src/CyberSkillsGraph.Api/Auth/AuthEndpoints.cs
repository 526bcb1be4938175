using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>The token, authorization and end-session endpoints whose requests OpenIddict passes through to us.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/connect/token", TokenAsync).DisableAntiforgery();
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).DisableAntiforgery();
        endpoints.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)LogoutAsync).DisableAntiforgery();
        endpoints.MapLoginPage();
        return endpoints;
    }

    private static async Task<IResult> TokenAsync(HttpContext http, IOpenIddictApplicationManager applications, AuthDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has already authenticated the client and checked its secret and permissions.
            var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted)
                ?? throw new InvalidOperationException("The client vanished.");
            var properties = await applications.GetPropertiesAsync(application, http.RequestAborted);
            var role = properties.TryGetValue(AuthServer.RoleProperty, out var r) ? r.GetString() : null;
            var provider = properties.TryGetValue(AuthServer.ProviderProperty, out var p) ? p.GetString() : null;
            var name = await applications.GetDisplayNameAsync(application, http.RequestAborted) ?? request.ClientId!;
            // A service is not a person: no identity token, so "openid" is not granted to client credentials.
            return SignIn(Identity(request.ClientId!, name, role, provider), request.GetScopes().Remove(Scopes.OpenId));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var subject = principal?.GetClaim(Claims.Subject);
            // The account may have been disabled or changed since the code or refresh token was issued.
            var user = subject is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == subject, http.RequestAborted);
            if (user is null || user.Disabled) return Forbid(Errors.InvalidGrant, "The account is no longer allowed to sign in.");
            return SignIn(Identity(user.Id, user.UserName, user.Role, user.ProviderId), principal!.GetScopes());
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, AuthDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var subject = cookie.Principal?.FindFirst(Claims.Subject)?.Value;
        var user = subject is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == subject, http.RequestAborted);
        if (user is null || user.Disabled)
        {
            // Sign in first, then come back to this very request.
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? [.. (await http.Request.ReadFormAsync()).Select(f => KeyValuePair.Create(f.Key, f.Value))] : [.. http.Request.Query]);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [CookieAuthenticationDefaults.AuthenticationScheme]);
        }
        // The web UI is our own first-party client, so no consent screen is shown.
        return SignIn(Identity(user.Id, user.UserName, user.Role, user.ProviderId), request.GetScopes());
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    internal static ClaimsIdentity Identity(string subject, string name, string? role, string? provider)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name);
        if (role is not null) identity.SetClaims(Claims.Role, [role]);
        if (provider is not null) identity.SetClaim(GraphClaims.ProviderId, provider);
        return identity;
    }

    private static IResult SignIn(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(AuthServer.ApiAudience);
        // Every claim goes into the access token; name and role also into the identity token the UI reads.
        identity.SetDestinations(claim => claim.Type is Claims.Name or Claims.Role
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    internal static PasswordVerificationResult VerifyPassword(UserAccount user, string password) =>
        new PasswordHasher<UserAccount>().VerifyHashedPassword(user, user.PasswordHash, password);
}
