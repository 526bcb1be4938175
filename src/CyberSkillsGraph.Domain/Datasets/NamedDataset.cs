using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>A dataset with the name of the document it came from (a file name, or null for a single document).</summary>
public sealed record NamedDataset(string? Name, Dataset Dataset);
