using CyberSkillsGraph.Api.Web;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// The sign-in page and the OpenID Connect endpoints (answered by OpenIddict's own handlers) get the same
/// security headers as the web UI. The sign-in form may also end at a registered redirect URI on another
/// origin, so the CSP's form-action names those origins too.
/// </summary>
public static class AuthResponseHeaders
{
    public static IApplicationBuilder UseAuthResponseHeaders(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        var redirects = WebRedirects.For(services.GetRequiredService<IOptions<AuthOptions>>().Value,
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        var origins = redirects
            .Select(uri => uri.GetLeftPart(UriPartial.Authority))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var policy = WebUiEndpoints.ContentSecurityPolicy.Replace("form-action 'self'", string.Join(' ', ["form-action 'self'", .. origins]), StringComparison.Ordinal);
        return app.Use((http, next) =>
        {
            var path = http.Request.Path;
            if (path.StartsWithSegments("/account") || path.StartsWithSegments("/connect") || path.StartsWithSegments("/.well-known"))
            {
                http.Response.OnStarting(() =>
                {
                    SecurityHeaders.Apply(http.Response.Headers, policy);
                    // Sign-in pages carry antiforgery tokens and are never worth caching.
                    if (path.StartsWithSegments("/account")) http.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            }
            return next(http);
        });
    }
}
