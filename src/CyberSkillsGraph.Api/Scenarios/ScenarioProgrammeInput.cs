using CyberSkillsGraph.Api.Writes;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>
/// A programme the scenario adds: the registration input plus the id it would have. Unlike a registration, the
/// inherited <see cref="TrainingProgrammeInput.Provider"/> is required and used, not ignored (nothing is written, so
/// the scenario may imagine any stored provider's course).
/// </summary>
public sealed class ScenarioProgrammeInput : TrainingProgrammeInput
{
    public string Id { get; set; } = "";
}
