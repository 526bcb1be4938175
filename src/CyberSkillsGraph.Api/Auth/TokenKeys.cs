using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// The token server's signing and encryption keys. Configured certificates win; otherwise RSA keys are
/// read from the data folder, or, when allowed, generated there on first start with owner-only
/// permissions so that tokens stay valid across restarts. Keys are never ephemeral and never come
/// from the operating system's development certificate store.
/// </summary>
internal sealed record TokenKeys(SecurityKey Signing, SecurityKey Encryption)
{
    public static TokenKeys Load(AuthOptions options, string dataDirectory)
    {
        if (options.SigningCertificatePath is { Length: > 0 } signing && options.EncryptionCertificatePath is { Length: > 0 } encryption)
            return new TokenKeys(FromCertificate(signing, options.CertificatePassword), FromCertificate(encryption, options.CertificatePassword));

        var folder = Path.Combine(dataDirectory, "keys");
        var signingFile = Path.Combine(folder, "signing-key.pem");
        var encryptionFile = Path.Combine(folder, "encryption-key.pem");
        if (!File.Exists(signingFile) || !File.Exists(encryptionFile))
        {
            if (!options.GenerateKeys)
                throw new InvalidOperationException(
                    $"No token keys: configure Auth:SigningCertificatePath and Auth:EncryptionCertificatePath, or place PEM keys in {folder}, " +
                    "or set Auth:GenerateKeys=true to generate them there on first start.");
            OwnerOnly.Folder(folder);
            WritePrivateKey(signingFile);
            WritePrivateKey(encryptionFile);
        }
        return new TokenKeys(FromPem(signingFile), FromPem(encryptionFile));
    }

    private static SecurityKey FromCertificate(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        if (!certificate.HasPrivateKey) throw new InvalidOperationException($"The certificate {path} has no private key.");
        return new X509SecurityKey(certificate);
    }

    private static RsaSecurityKey FromPem(string path)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
    }

    private static void WritePrivateKey(string path)
    {
        using var rsa = RSA.Create(3072);
        using var writer = OwnerOnly.CreateText(path, FileMode.CreateNew);
        writer.Write(rsa.ExportPkcs8PrivateKeyPem());
    }
}
