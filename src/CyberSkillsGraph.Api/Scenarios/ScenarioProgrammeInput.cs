using CyberSkillsGraph.Api.Writes;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>
/// A programme the scenario adds: the registration input plus the id it would have. Unlike a registration, the
/// provider is required and used (nothing is written, so the scenario may imagine any stored provider's course).
/// </summary>
public sealed class ScenarioProgrammeInput : TrainingProgrammeInput
{
    public string Id { get; set; } = "";
}
