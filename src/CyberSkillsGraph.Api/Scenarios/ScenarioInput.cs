namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>A what-if scenario as GraphQL takes it; <see cref="ScenarioInputs.ToScenario"/> turns it into the engine's.</summary>
public sealed class ScenarioInput
{
    public List<ScenarioProgrammeInput>? AddProgrammes { get; set; }
    public List<ProgrammeChangeInput>? ChangeProgrammes { get; set; }
    public double DemandFactor { get; set; } = 1;
    public List<RoleDemandFactorInput>? RoleDemandFactors { get; set; }
    public List<ScenarioDemandInput>? Demand { get; set; }

    /// <summary>Kept as a plain flag so that it can pass straight to the includeProposed argument of the other analyses.</summary>
    public bool IncludeProposed { get; set; }
}
