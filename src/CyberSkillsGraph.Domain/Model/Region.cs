namespace CyberSkillsGraph.Domain.Model;

/// <summary>A node of the region tree (EU, a member state, JP). Roots have no parent.</summary>
public sealed record Region(string Code, string Name, string? Parent, string? Note = null);
