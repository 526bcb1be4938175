namespace CyberSkillsGraph.Domain.Model;

/// <summary>A skills framework, competence framework or qualification scheme.</summary>
public sealed record Framework(
    string Id,
    string Name,
    string? Version,
    string? Publisher,
    string? Region,
    string Kind,
    IReadOnlyList<FrameworkCategory> Categories,
    string? Source = null,
    string? Note = null);
