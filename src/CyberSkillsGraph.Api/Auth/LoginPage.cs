using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>The sign-in form of the authorization code flow: a plain HTML page, protected against forgery, that only redirects locally.</summary>
internal static class LoginPage
{
    public static void MapLoginPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(antiforgery.GetAndStoreTokens(http), LocalOrRoot(returnUrl), error: null));

        endpoints.MapPost("/account/login", async (HttpContext http, IAntiforgery antiforgery, AuthDbContext db) =>
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.BadRequest("The form expired; reload the page and sign in again.");
            }
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var userName = form["username"].ToString();
            var returnUrl = LocalOrRoot(form["returnUrl"].ToString());
            var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, http.RequestAborted);
            if (user is null || user.Disabled || AuthEndpoints.VerifyPassword(user, form["password"].ToString()) == PasswordVerificationResult.Failed)
                return Page(antiforgery.GetAndStoreTokens(http), returnUrl, "The user name or password is wrong.");

            var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, user.Id));
            identity.AddClaim(new Claim(Claims.Name, user.UserName));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(returnUrl);
        }).DisableAntiforgery();
    }

    /// <summary>
    /// Only paths on this site: an open redirect would let a phishing link borrow our login page. Only printable
    /// ASCII, as in every URL this server builds: anything else cannot go into a Location header, so it is not ours.
    /// </summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && url.All(c => c is > ' ' and < '\u007f')
            ? url
            : "/";

    private static IResult Page(AntiforgeryTokenSet tokens, string returnUrl, string? error)
    {
        var message = error is null ? "" : $"""<p role="alert" class="error">{WebUtility.HtmlEncode(error)}</p>""";
        return Results.Content($$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · CyberSkillsGraph</title>
            <style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}label{display:block;margin-top:1rem}
            input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#b00020}</style></head>
            <body>
            <h1>Sign in</h1>
            {{message}}
            <form method="post" action="/account/login">
              <input type="hidden" name="{{tokens.FormFieldName}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}">
              <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}">
              <label for="username">User name</label><input id="username" name="username" autocomplete="username" required autofocus>
              <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Sign in</button>
            </form>
            </body></html>
            """, "text/html; charset=utf-8");
    }
}
