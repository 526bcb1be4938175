namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>A growth factor for one role's stored demand entries; it applies instead of the scenario's overall factor.</summary>
public sealed record RoleDemandFactor(string Role, decimal Factor);
