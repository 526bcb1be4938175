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

    public static Dataset Sorted(Dataset d) => d with
    {
        Regions = [.. d.Regions.OrderBy(r => r.Code, StringComparer.Ordinal)],
        Frameworks = [.. d.Frameworks.OrderBy(f => f.Id, StringComparer.Ordinal)],
        Competences = [.. d.Competences.OrderBy(c => c.Id, StringComparer.Ordinal)],
        Roles = [.. d.Roles.OrderBy(r => r.Id, StringComparer.Ordinal)],
        Standards = [.. d.Standards.OrderBy(s => s.Id, StringComparer.Ordinal)],
        Mappings = [.. d.Mappings.OrderBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.Target, StringComparer.Ordinal)],
        Providers = [.. d.Providers.OrderBy(p => p.Id, StringComparer.Ordinal)],
        TrainingProgrammes = [.. d.TrainingProgrammes.OrderBy(p => p.Id, StringComparer.Ordinal)],
        Demand = [.. d.Demand.OrderBy(e => e.Region, StringComparer.Ordinal).ThenBy(e => e.Role, StringComparer.Ordinal).ThenBy(e => e.Year)],
    };

    private static void OmitEmptyCollections(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
        }
    }
}
