namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>New seats for a stored programme, or its retirement.</summary>
public sealed class ProgrammeChangeInput
{
    public string Programme { get; set; } = "";
    public int? SeatsPerYear { get; set; }
    public bool Retire { get; set; }
}
