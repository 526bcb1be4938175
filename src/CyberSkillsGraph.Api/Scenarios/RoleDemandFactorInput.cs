namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>A growth factor for one role's demand.</summary>
public sealed class RoleDemandFactorInput
{
    public string Role { get; set; } = "";
    public double Factor { get; set; }
}
