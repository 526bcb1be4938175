using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// The sign-in form of the authorization code flow: an HTML page in English or Japanese, styled like the web UI,
/// protected against forgery, throttled per account and address, that only redirects locally.
/// </summary>
internal static class LoginPage
{
    /// <summary>Verified when the user name is unknown, so that a wrong name costs as much as a wrong password.</summary>
    private static readonly Lazy<(UserAccount User, string Hash)> Decoy = new(() =>
    {
        var user = new UserAccount { Id = "decoy", UserName = "decoy" };
        return (user, new PasswordHasher<UserAccount>().HashPassword(user, Guid.NewGuid().ToString("N")));
    });

    public static void MapLoginPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/account/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
        {
            var target = LocalOrRoot(returnUrl);
            return Page(antiforgery.GetAndStoreTokens(http), target, LoginText.For(http.Request, lang, target), error: null);
        });

        endpoints.MapPost("/account/login", async (HttpContext http, IAntiforgery antiforgery, AuthDbContext db, LoginThrottle throttle) =>
        {
            if (!http.Request.HasFormContentType)
                return Results.Text("The sign-in form must be posted as application/x-www-form-urlencoded.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var returnUrl = LocalOrRoot(form["returnUrl"].ToString());
            var text = LoginText.For(http.Request, form["lang"].ToString(), returnUrl);
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Page(antiforgery.GetAndStoreTokens(http), returnUrl, text, text.Expired, StatusCodes.Status400BadRequest);
            }
            var userName = form["username"].ToString();
            var address = http.Connection.RemoteIpAddress;
            var wait = throttle.Wait(userName, address);
            if (wait > TimeSpan.Zero)
            {
                var seconds = (int)Math.Ceiling(wait.TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Page(antiforgery.GetAndStoreTokens(http), returnUrl, text,
                    string.Format(CultureInfo.InvariantCulture, text.TooMany, seconds), StatusCodes.Status429TooManyRequests);
            }

            var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, http.RequestAborted);
            var password = form["password"].ToString();
            var verified = user is null
                ? VerifyDecoy(password)
                : AuthEndpoints.VerifyPassword(user, password) != PasswordVerificationResult.Failed;
            if (user is null || user.Disabled || !verified)
            {
                throttle.Failed(userName, address);
                return Page(antiforgery.GetAndStoreTokens(http), returnUrl, text, text.WrongPassword, StatusCodes.Status200OK);
            }
            throttle.Succeeded(userName, address);

            var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, user.Id));
            identity.AddClaim(new Claim(Claims.Name, user.UserName));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(returnUrl);
        }).DisableAntiforgery();
    }

    private static bool VerifyDecoy(string password)
    {
        var (user, hash) = Decoy.Value;
        new PasswordHasher<UserAccount>().VerifyHashedPassword(user, hash, password);
        return false;
    }

    /// <summary>
    /// Only paths on this site: an open redirect would let a phishing link borrow our login page. Only printable
    /// ASCII, as in every URL this server builds: anything else cannot go into a Location header, so it is not ours.
    /// </summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && url.All(c => c is > ' ' and < '\u007f')
            ? url
            : "/";

    private static IResult Page(AntiforgeryTokenSet tokens, string returnUrl, LoginText text, string? error, int status = StatusCodes.Status200OK)
    {
        static string H(string? value) => WebUtility.HtmlEncode(value ?? "");
        var message = error is null ? "" : $"""<p role="alert" class="error">{H(error)}</p>""";
        return Results.Content($$"""
            <!doctype html>
            <html lang="{{text.Lang}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{H(text.Title)}}</title>
            <style>
            :root{--ink:#1f2933;--muted:#52606d;--line:#d9dee5;--panel:#fff;--page:#f5f7fa;--brand:#1d3557;--accent:#1f6feb;--focus:#ffb703;--danger:#b3261e;
              font:16px/1.5 system-ui,-apple-system,'Segoe UI','Noto Sans JP','Hiragino Sans','Yu Gothic UI',Meiryo,sans-serif;color:var(--ink);background:var(--page)}
            *{box-sizing:border-box}body{margin:0}
            header{background:var(--brand);color:#fff;padding:.8rem 1.2rem;font-weight:600}
            main{max-width:26rem;margin:3rem auto;padding:1.5rem;background:var(--panel);border:1px solid var(--line);border-radius:8px}
            h1{font-size:1.6rem;margin:0 0 .25rem}p{color:var(--muted);margin:.25rem 0 1rem}
            label{display:block;margin-top:1rem;font-weight:600}
            input{width:100%;padding:.55rem;font:inherit;border:1px solid var(--line);border-radius:6px}
            input:focus,button:focus{outline:3px solid var(--focus);outline-offset:1px}
            button{margin-top:1.5rem;padding:.6rem 1.4rem;font:inherit;color:#fff;background:var(--accent);border:0;border-radius:6px;cursor:pointer}
            .error{color:var(--danger);font-weight:600}
            </style></head>
            <body>
            <header>CyberSkillsGraph</header>
            <main>
            <h1>{{H(text.Heading)}}</h1>
            <p>{{H(text.Intro)}}</p>
            {{message}}
            <form method="post" action="/account/login">
              <input type="hidden" name="{{tokens.FormFieldName}}" value="{{H(tokens.RequestToken)}}">
              <input type="hidden" name="returnUrl" value="{{H(returnUrl)}}">
              <input type="hidden" name="lang" value="{{text.Lang}}">
              <label for="username">{{H(text.UserName)}}</label><input id="username" name="username" autocomplete="username" required autofocus>
              <label for="password">{{H(text.Password)}}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">{{H(text.Submit)}}</button>
            </form>
            </main>
            </body></html>
            """, "text/html; charset=utf-8", statusCode: status);
    }
}
