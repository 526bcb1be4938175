namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>frameworkCoverage: how well the target framework covers each competence and role of the source framework.</summary>
public sealed record CoverageReport(string Source, string Target, int MaxHops, IReadOnlyList<ElementCoverage> Elements, IReadOnlyList<CoverageShare> Shares);
