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
        endpoints.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync).DisableAntiforgery();
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
            var identity = Identity(user.Id, user.UserName, user.Role, user.ProviderId);
            // auth_time stays the time the person signed in, however often the tokens are refreshed.
            if (principal!.FindFirst(Claims.AuthenticationTime) is { } authTime)
                identity.AddClaim(new Claim(Claims.AuthenticationTime, authTime.Value, ClaimValueTypes.Integer64));
            return SignIn(identity, principal!.GetScopes());
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, AuthDbContext db, TimeProvider clock)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var subject = cookie.Principal?.FindFirst(Claims.Subject)?.Value;
        var user = subject is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == subject, http.RequestAborted);
        var signedInAt = cookie.Properties?.IssuedUtc;
        var signedIn = user is { Disabled: false } && signedInAt is not null;

        var tooOld = request.MaxAge is { } maxAge && signedInAt is { } at && (maxAge == 0 || clock.GetUtcNow() - at > TimeSpan.FromSeconds(maxAge));

        // OpenID Connect Core 3.1.2.1: prompt=none never shows a page; without a (recent enough) session the client hears so.
        if (request.HasPromptValue(PromptValues.None))
            return signedIn && !tooOld ? SignIn(UserIdentity(user!, signedInAt!.Value), request.GetScopes())
                                       : Forbid(Errors.LoginRequired, "The user is not signed in, or not recently enough for max_age.");

        // prompt=login and max_age=0 ask again however recent the session; the return trip drops them, so it asks once.
        if (!signedIn || tooOld || request.HasPromptValue(PromptValues.Login))
        {
            var parameters = http.Request.HasFormContentType
                ? (await http.Request.ReadFormAsync(http.RequestAborted)).Select(f => KeyValuePair.Create(f.Key, f.Value))
                : http.Request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value));
            var again = parameters
                .Where(p => p.Key != Parameters.MaxAge)
                .Select(p => p.Key == Parameters.Prompt ? KeyValuePair.Create(p.Key, new Microsoft.Extensions.Primitives.StringValues(WithoutLogin(p.Value.ToString()))) : p)
                .Where(p => !(p.Key == Parameters.Prompt && string.IsNullOrEmpty(p.Value)))
                .ToList();
            if (signedIn) await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(again);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [CookieAuthenticationDefaults.AuthenticationScheme]);
        }
        // The web UI is our own first-party client, so no consent screen is shown.
        return SignIn(UserIdentity(user!, signedInAt!.Value), request.GetScopes());
    }

    private static string WithoutLogin(string prompt) =>
        string.Join(' ', prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(v => v != PromptValues.Login));

    /// <summary>OpenID Connect userinfo: the subject always, the name with "profile", the role and provider with "roles".</summary>
    private static async Task<IResult> UserInfoAsync(HttpContext http, AuthDbContext db)
    {
        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var subject = principal?.GetClaim(Claims.Subject);
        var user = subject is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == subject, http.RequestAborted);
        if (user is null || user.Disabled)
            return Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token does not belong to a user who may sign in.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id };
        if (principal!.HasScope(Scopes.Profile)) claims[Claims.Name] = user.UserName;
        if (principal!.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = user.Role;
            if (user.ProviderId is not null) claims[GraphClaims.ProviderId] = user.ProviderId;
        }
        return Results.Ok(claims);
    }

    /// <summary>
    /// Ends the browser session and revokes the user's authorizations, refresh tokens and access tokens. The
    /// server does not tie a refresh token to one browser, so signing out ends the user's sign-ins everywhere.
    /// </summary>
    private static async Task<IResult> LogoutAsync(HttpContext http, IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
    {
        var cookie = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (cookie.Principal?.FindFirst(Claims.Subject)?.Value is { } subject)
        {
            await authorizations.RevokeBySubjectAsync(subject, http.RequestAborted);
            await tokens.RevokeBySubjectAsync(subject, http.RequestAborted);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        // OpenIddict sends the browser to the validated post_logout_redirect_uri, else to the site root.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static ClaimsIdentity UserIdentity(UserAccount user, DateTimeOffset signedInAt)
    {
        var identity = Identity(user.Id, user.UserName, user.Role, user.ProviderId);
        identity.AddClaim(new Claim(Claims.AuthenticationTime,
            signedInAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        return identity;
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
        // Every claim goes into the access token; the identity token gets auth_time always, the name with
        // "profile", role and provider with "roles" (OpenID Connect Core 5.4).
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.AuthenticationTime => [Destinations.IdentityToken],
            Claims.Name when identity.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Role or GraphClaims.ProviderId when identity.HasScope(Scopes.Roles) => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
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
