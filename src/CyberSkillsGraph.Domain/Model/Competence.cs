namespace CyberSkillsGraph.Domain.Model;

/// <summary>A competence with the proficiency levels (1..5) its framework defines for it.</summary>
public sealed record Competence(
    string Id,
    string Framework,
    string Code,
    string Title,
    int MinLevel,
    int MaxLevel,
    string? Area = null,
    string? Note = null);
