using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// One record as compact JSON, as the stores keep it and the audit trail shows it, and its version: a hash of that JSON that a client
/// sends back with an update so that a change made by someone else in between is never overwritten.
/// </summary>
public static class RecordJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Compile-time metadata for the record types; any other type still works through reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(RecordJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static string Of<T>(T record) => JsonSerializer.Serialize(record, Options);

    public static T Parse<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A stored record is null.");

    /// <summary>A record from its UTF-8 JSON, as a store reads it: no string is made of it first.</summary>
    public static T Parse<T>(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<T>(utf8Json, Options) ?? throw new InvalidDataException("A stored record is null.");

    public static string VersionOf<T>(T record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(record))))[..16];
}
