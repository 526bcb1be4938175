namespace CyberSkillsGraph.Api.Writes;

/// <summary>A competence at a level, as mutations take it.</summary>
public sealed class CompetenceLevelInput
{
    public string Competence { get; set; } = "";
    public int Level { get; set; }
}
