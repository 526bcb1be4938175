namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// What production refuses, whatever else the configuration or a launch profile says: demo accounts,
/// token issuance over plain HTTP, and an issuer taken from the request's Host header.
/// </summary>
internal static class ProductionRules
{
    public static void Check(AuthOptions options, IHostEnvironment environment)
    {
        if (!environment.IsProduction()) return;
        var problems = new List<string>();
        if (options.CreateDemoAccounts)
            problems.Add("Auth:CreateDemoAccounts is true: demo accounts exist only in Development.");
        if (!options.RequireHttps)
            problems.Add("Auth:RequireHttps is false: production issues tokens over HTTPS only (behind a TLS-terminating proxy set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true).");
        if (options.Issuer is not { Length: > 0 })
            problems.Add("Auth:Issuer is not set: set it to the public HTTPS address of this server, e.g. https://skills.example.org/.");
        else if (!Uri.TryCreate(options.Issuer, UriKind.Absolute, out var issuer) || issuer.Scheme != Uri.UriSchemeHttps)
            problems.Add($"Auth:Issuer '{options.Issuer}' is not an absolute https:// address.");
        if (problems.Count > 0)
            throw new InvalidOperationException($"Refusing to start in {environment.EnvironmentName}: " + string.Join(" ", problems));
    }
}
