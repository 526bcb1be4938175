namespace CyberSkillsGraph.Api.Web;

/// <summary>The browser protections every page and every sign-in response carries: CSP, no sniffing, no framing, same-origin referrers and windows.</summary>
public static class SecurityHeaders
{
    public static void Apply(IHeaderDictionary headers, string contentSecurityPolicy)
    {
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
