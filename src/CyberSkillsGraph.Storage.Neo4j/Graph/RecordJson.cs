using System.Text.Json;
using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// The JSON kept in each record's <c>body</c> property: the whole record, so that a load gives back
/// exactly what was written whatever the readable properties and relationships leave out.
/// </summary>
internal static class RecordJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T record) => JsonSerializer.Serialize(record, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A stored record body is null.");
}
