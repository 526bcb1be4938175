using System.Globalization;
using System.Text.Json;

namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>
/// Turns a value in Neo4j's typed JSON format (<c>application/vnd.neo4j.query</c>: every value is
/// <c>{"$type": …, "_value": …}</c>) into the plain JSON the server would have sent for
/// <c>application/json</c>, so that the rest of the client reads one shape. We ask for plain JSON; this
/// is for a server or proxy that answers in the typed format anyway.
/// </summary>
internal static class TypedJson
{
    public static bool IsTypedMediaType(string? mediaType) =>
        mediaType?.StartsWith("application/vnd.neo4j.query", StringComparison.OrdinalIgnoreCase) == true;

    public static void WritePlain(JsonElement typed, Utf8JsonWriter writer)
    {
        if (typed.ValueKind != JsonValueKind.Object
            || !typed.TryGetProperty("$type", out var type)
            || !typed.TryGetProperty("_value", out var value))
        {
            typed.WriteTo(writer);
            return;
        }
        switch (type.GetString())
        {
            case "Null":
                writer.WriteNullValue();
                break;
            case "Integer":
                // Integers travel as strings so that 64-bit values survive JavaScript; JSON numbers hold them.
                writer.WriteNumberValue(long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture));
                break;
            case "Float":
                var text = value.GetString()!;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                    writer.WriteNumberValue(number);
                else
                    writer.WriteStringValue(text); // NaN and the infinities have no JSON number.
                break;
            case "List" or "Path":
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray()) WritePlain(item, writer);
                writer.WriteEndArray();
                break;
            case "Map":
                WriteMap(value, writer);
                break;
            case "Node":
                writer.WriteStartObject();
                writer.WritePropertyName("elementId");
                value.GetProperty("_element_id").WriteTo(writer);
                writer.WritePropertyName("labels");
                value.GetProperty("_labels").WriteTo(writer);
                writer.WritePropertyName("properties");
                WriteMap(value.GetProperty("_properties"), writer);
                writer.WriteEndObject();
                break;
            case "Relationship":
                writer.WriteStartObject();
                writer.WritePropertyName("elementId");
                value.GetProperty("_element_id").WriteTo(writer);
                writer.WritePropertyName("startNodeElementId");
                value.GetProperty("_start_node_element_id").WriteTo(writer);
                writer.WritePropertyName("endNodeElementId");
                value.GetProperty("_end_node_element_id").WriteTo(writer);
                writer.WritePropertyName("type");
                value.GetProperty("_type").WriteTo(writer);
                writer.WritePropertyName("properties");
                WriteMap(value.GetProperty("_properties"), writer);
                writer.WriteEndObject();
                break;
            default:
                // Boolean, String, Base64, temporal, Point and the rest: plain JSON carries the same value.
                value.WriteTo(writer);
                break;
        }
    }

    public static JsonElement ToPlain(JsonElement typed)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) WritePlain(typed, writer);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void WriteMap(JsonElement map, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var property in map.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            WritePlain(property.Value, writer);
        }
        writer.WriteEndObject();
    }
}
