namespace CyberSkillsGraph.Api.Writes;

/// <summary>Openings a planner records for a role in a region and year.</summary>
public sealed class DemandInput
{
    public string Region { get; set; } = "";
    public string Role { get; set; } = "";
    public int Year { get; set; }
    public int Openings { get; set; }
    public int? Employed { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
}
