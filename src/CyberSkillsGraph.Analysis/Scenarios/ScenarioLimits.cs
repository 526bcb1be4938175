namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>How big a scenario may be: enough for a planner's what-if, small enough that one request stays cheap.</summary>
public static class ScenarioLimits
{
    public const int MaxAddProgrammes = 50;
    public const int MaxChangeProgrammes = 500;
    public const int MaxRoleDemandFactors = 500;
    public const int MaxDemand = 1000;

    /// <summary>Largest growth factor: demand may at most grow a hundredfold.</summary>
    public const decimal MaxFactor = 100m;
}
