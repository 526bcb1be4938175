using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// One dataset document: its provenance and the records it holds. The same shape serves an
/// imported file, a change set written through the API and the slice of the graph that a
/// dataset last wrote.
/// </summary>
public sealed record Dataset([property: JsonPropertyName("dataset")] DatasetInfo Info)
{
    public IReadOnlyList<Region> Regions { get; init; } = [];
    public IReadOnlyList<Framework> Frameworks { get; init; } = [];
    public IReadOnlyList<Competence> Competences { get; init; } = [];
    public IReadOnlyList<Role> Roles { get; init; } = [];
    public IReadOnlyList<Standard> Standards { get; init; } = [];
    public IReadOnlyList<Mapping> Mappings { get; init; } = [];
    public IReadOnlyList<Provider> Providers { get; init; } = [];
    public IReadOnlyList<TrainingProgramme> TrainingProgrammes { get; init; } = [];
    public IReadOnlyList<DemandEntry> Demand { get; init; } = [];

    [JsonIgnore]
    public int RecordCount => RecordKinds.All.Sum(kind => kind.Count(this));
}
