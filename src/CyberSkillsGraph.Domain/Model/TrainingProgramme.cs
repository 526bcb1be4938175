using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>A training programme: where it runs, its yearly capacity and what it teaches.</summary>
public sealed record TrainingProgramme(
    string Id,
    string Title,
    string Provider,
    IReadOnlyList<string> Regions,
    int SeatsPerYear,
    int Hours,
    string? Delivery,
    string? Language,
    IReadOnlyList<CompetenceLevel> Develops,
    IReadOnlyList<string> PreparesFor,
    IReadOnlyList<string> AlignedWith,
    string? Note = null,
    bool? Retired = null)
{
    /// <summary>A retired programme is kept for the record but no longer offered: analyses and listings leave it out.</summary>
    [JsonIgnore]
    public bool IsRetired => Retired == true;
}
