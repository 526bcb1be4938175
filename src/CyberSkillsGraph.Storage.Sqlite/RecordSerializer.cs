using System.Text.Json;
using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>The JSON form in which a record's body is kept in its table row.</summary>
internal static class RecordSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T record) => JsonSerializer.Serialize(record, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A stored record is null.");
}
