using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Persisted documents: query texts known in advance, addressed by the SHA-256 of their UTF-8 text as
/// <c>documentId: "sha256:&lt;hex&gt;"</c>. They are read once at start from the configured folder (by
/// default the one shipped beside the binaries).
/// </summary>
public sealed class PersistedDocuments
{
    public const string Prefix = "sha256:";

    private readonly Dictionary<string, string> _byId;

    public PersistedDocuments(IOptions<GraphQLHttpOptions> options)
    {
        var folder = options.Value.PersistedDocumentsDirectory is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "persisted-documents");
        _byId = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.graphql").Select(File.ReadAllText).ToDictionary(IdOf, text => text, StringComparer.Ordinal)
            : [];
    }

    public IReadOnlyCollection<string> Ids => _byId.Keys;

    public static string IdOf(string text) => Prefix + Sha256Of(text);

    /// <summary>The SHA-256 of a document's UTF-8 text in lower-case hex: persisted document ids and Apollo's query hashes alike.</summary>
    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public bool TryGet(string documentId, out string text) => _byId.TryGetValue(documentId.ToLowerInvariant(), out text!);
}
