namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>An account already keeps as many scenarios as it may.</summary>
public sealed class ScenarioLimitException(int max) : Exception($"an account keeps at most {max} scenarios; delete one first")
{
    public int Max { get; } = max;
}
