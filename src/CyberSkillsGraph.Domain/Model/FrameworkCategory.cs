namespace CyberSkillsGraph.Domain.Model;

/// <summary>A grouping of roles inside a framework, such as a NICE work role category.</summary>
public sealed record FrameworkCategory(string Code, string Name);
