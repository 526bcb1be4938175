namespace CyberSkillsGraph.Domain.Model;

/// <summary>A job role or role profile and the competences it requires.</summary>
public sealed record Role(
    string Id,
    string Framework,
    string Title,
    IReadOnlyList<string> AltTitles,
    string? Summary,
    IReadOnlyList<CompetenceLevel> Requires,
    string? Category = null,
    string? Note = null);
