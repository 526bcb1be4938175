namespace CyberSkillsGraph.Domain.Model;

/// <summary>An organisation that offers training programmes.</summary>
public sealed record Provider(string Id, string Name, string? Region, string? Note = null);
