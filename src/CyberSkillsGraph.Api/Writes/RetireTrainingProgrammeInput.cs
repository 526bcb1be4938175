namespace CyberSkillsGraph.Api.Writes;

/// <summary>The programme to retire.</summary>
public sealed class RetireTrainingProgrammeInput
{
    public string Id { get; set; } = "";
}
