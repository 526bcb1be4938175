namespace CyberSkillsGraph.Domain.Model;

/// <summary>A standard, certification scheme or law. Region is null for international standards.</summary>
public sealed record Standard(
    string Id,
    string Title,
    string? Body,
    string? Region,
    string Kind,
    string? Published,
    string? Url = null,
    string? Note = null);
