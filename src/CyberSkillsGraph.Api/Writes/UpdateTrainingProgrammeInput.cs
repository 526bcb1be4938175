namespace CyberSkillsGraph.Api.Writes;

/// <summary>Which programme to replace, the version it was read at, and its new values.</summary>
public sealed class UpdateTrainingProgrammeInput : TrainingProgrammeInput
{
    public string Id { get; set; } = "";
    public string Version { get; set; } = "";
}
