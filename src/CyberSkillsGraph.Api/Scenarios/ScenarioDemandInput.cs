namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>Openings the scenario sets for a role in a region and year.</summary>
public sealed class ScenarioDemandInput
{
    public string Region { get; set; } = "";
    public string Role { get; set; } = "";
    public int Year { get; set; }
    public int Openings { get; set; }
}
