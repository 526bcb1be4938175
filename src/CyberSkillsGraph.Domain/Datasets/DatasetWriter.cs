using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// Writes a dataset as a dataset document (docs/data.md). Records are sorted by key and empty fields
/// left out, so that the same graph always gives the same bytes (export is diffable and round-trips).
/// </summary>
public static class DatasetWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keep Japanese titles and symbols such as '→' readable in exported files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
    };

    public static string Write(Dataset dataset) => JsonSerializer.Serialize(Sorted(dataset), Options) + "\n";

    public static async Task WriteAsync(Dataset dataset, Stream destination, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(destination, Sorted(dataset), Options, cancellationToken);
        await destination.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    public static Dataset Sorted(Dataset dataset) => RecordKinds.All.Aggregate(dataset, (sorted, kind) => kind.Sorted(sorted));

    private static void OmitEmptyCollections(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
        }
    }
}
