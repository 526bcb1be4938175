namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>
/// The best path from a needed element to a taught one: its class, length, the weakest mapping
/// strength on it (null for zero hops) and the element ids from the needed element to the taught one.
/// </summary>
public sealed record CoveragePath(string Target, CoverageClass Class, int Hops, int? MinStrength, IReadOnlyList<string> Path);
