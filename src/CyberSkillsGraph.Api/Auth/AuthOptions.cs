namespace CyberSkillsGraph.Api.Auth;

/// <summary>The token server's settings, bound from the "Auth" section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Create demo clients and users for each role on a fresh install and print how to use them (development only).</summary>
    public bool CreateDemoAccounts { get; set; }

    /// <summary>Generate signing and encryption keys into the data folder on first start when none are configured.</summary>
    public bool GenerateKeys { get; set; }

    /// <summary>Refuse token requests over plain HTTP. Turn off only on a developer machine or behind a TLS-terminating proxy.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// The issuer (<c>iss</c>) of every token and of the discovery document, e.g. "https://skills.example.org/".
    /// Required in production; when unset (development) it is taken from the request.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>PKCS#12 certificate files with private keys, used instead of generated keys.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Where the web UI receives authorization codes, for the public PKCE client "cyberskills-web". Empty (not
    /// pre-filled, so that configured lists replace rather than extend it) means the default of <see cref="WebRedirects"/>.
    /// </summary>
    public List<string> WebRedirectUris { get; set; } = [];

    public List<ClientRegistration> Clients { get; set; } = [];

    public List<UserRegistration> Users { get; set; } = [];

    /// <summary>How often expired, revoked and redeemed tokens and authorizations are deleted from auth.db.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Mutations a client may send per minute before it gets 429.</summary>
    public int MutationsPerMinute { get; set; } = 60;
}
