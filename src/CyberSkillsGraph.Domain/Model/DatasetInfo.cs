namespace CyberSkillsGraph.Domain.Model;

/// <summary>Provenance of a dataset document: where its records come from and under which licence.</summary>
public sealed record DatasetInfo(string Id, string Title, string Source, string? Licence = null, string? Note = null);
