using CyberSkillsGraph.Api.Writes;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>A programme the scenario adds: the registration input plus the id and provider it would have.</summary>
public sealed class ScenarioProgrammeInput
{
    public string Id { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Regions { get; set; } = [];
    public int SeatsPerYear { get; set; }
    public int Hours { get; set; }
    public string? Delivery { get; set; }
    public string? Language { get; set; }
    public List<CompetenceLevelInput> Develops { get; set; } = [];
}
