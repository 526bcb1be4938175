using Microsoft.Extensions.FileProviders;

namespace CyberSkillsGraph.Api.Web;

/// <summary>
/// Serves the web UI built from src/CyberSkillsGraph.Web: its files (hashed assets cached for a year) and
/// its pages at the paths of the single-page app. Only those paths are mapped, so the API's own paths
/// (/graphql, /connect/*, /account/*, /.well-known/*, /health/*) are never shadowed and an unknown path stays 404.
/// </summary>
public static class WebUiEndpoints
{
    /// <summary>
    /// Everything from this origin, nothing from any other. Styles allow 'unsafe-inline' because GraphiQL's
    /// editor (Monaco) injects style elements; scripts, workers and connections stay same-origin.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Paths the dashboard app handles itself; each is answered with index.html.</summary>
    public static readonly IReadOnlyList<string> AppRoutes =
        ["/", "/learning-path", "/coverage", "/role-bridge", "/report", "/signin-callback", "/provider", "/provider/{**rest}"];

    /// <summary>Adds the web UI to the app. Call after the API's own endpoints are mapped.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        var root = FindRoot(app.Configuration, app.Environment.ContentRootPath);
        if (root is null)
        {
            app.Logger.LogWarning(
                "The web UI is not built, so / and /graphiql answer 404. Build it with 'dotnet build' (which runs npm) " +
                "or 'npm ci && npm run build' in src/CyberSkillsGraph.Web, or point WebUi:Root at a built copy.");
            foreach (var route in AppRoutes.Append("/graphiql"))
                app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], NotBuilt).ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var immutable = context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal);
                AddHeaders(context.Context.Response, immutable ? "public, max-age=31536000, immutable" : "no-cache");
            },
        });

        foreach (var route in AppRoutes)
            app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => SendPage(http, files, "index.html"))
                .ExcludeFromDescription();
        app.MapMethods("/graphiql", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => SendPage(http, files, "graphiql.html"))
            .ExcludeFromDescription();
        app.Logger.LogInformation("Serving the web UI from {Root}", root);
        return app;
    }

    /// <summary>
    /// Where the built UI is: WebUi:Root when set; else "webui" beside the binaries (the build copies it there);
    /// else the front-end project's dist folder next to the content root (running from the source tree).
    /// </summary>
    public static string? FindRoot(IConfiguration configuration, string contentRoot)
    {
        string?[] candidates =
        [
            configuration["WebUi:Root"],
            Path.Combine(AppContext.BaseDirectory, "webui"),
            Path.Combine(contentRoot, "..", "CyberSkillsGraph.Web", "dist"),
        ];
        return candidates
            .Where(c => !string.IsNullOrEmpty(c))
            .Select(c => Path.GetFullPath(c!))
            .FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")) && File.Exists(Path.Combine(c, "graphiql.html")));
    }

    private static async Task SendPage(HttpContext http, IFileProvider files, string name)
    {
        var file = files.GetFileInfo(name);
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        AddHeaders(http.Response, "no-cache");
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.ContentLength = file.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }

    private static void AddHeaders(HttpResponse response, string cacheControl)
    {
        response.Headers.CacheControl = cacheControl;
        SecurityHeaders.Apply(response.Headers, ContentSecurityPolicy);
    }

    private static IResult NotBuilt() => Results.Text(
        "The CyberSkillsGraph web UI is not built. Build it with 'dotnet build' (which runs npm ci and npm run build) " +
        "or run 'npm ci && npm run build' in src/CyberSkillsGraph.Web. The GraphQL API is at /graphql.",
        "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
