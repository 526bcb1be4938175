namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// Where the web client may receive codes: Auth:WebRedirectUris, else /signin-callback under Auth:Issuer, else
/// http://localhost:5000/signin-callback. In development also /signin-callback on every loopback address the
/// server is told to listen on (Urls, --urls), under both localhost and 127.0.0.1, so that
/// `dotnet run --urls http://127.0.0.1:5610` signs in without further settings.
/// </summary>
internal static class WebRedirects
{
    public const string Default = "http://localhost:5000/signin-callback";

    public static IReadOnlyList<Uri> For(AuthOptions settings, IConfiguration configuration, IHostEnvironment environment)
    {
        IEnumerable<string> configured = settings.WebRedirectUris.Count > 0 ? settings.WebRedirectUris
            : settings.Issuer is { Length: > 0 } issuer ? [issuer.TrimEnd('/') + "/signin-callback"]
            : [Default];
        var uris = configured.Select(uri => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? parsed
            : throw new InvalidOperationException($"Auth:WebRedirectUris: '{uri}' is not an absolute http(s) address.")).ToList();
        if (environment.IsDevelopment())
        {
            var urls = (configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var url in urls)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var listen) || listen.Port == 0) continue;
                if (!listen.IsLoopback && listen.Host is not ("localhost" or "127.0.0.1")) continue;
                foreach (var host in new[] { "localhost", "127.0.0.1" })
                    uris.Add(new Uri($"{listen.Scheme}://{host}:{listen.Port}/signin-callback"));
            }
        }
        return uris.Distinct().ToList();
    }
}
