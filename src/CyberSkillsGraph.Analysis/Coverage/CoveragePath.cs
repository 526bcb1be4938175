namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>
/// The best path from a needed element to a taught one: its class, length, the weakest mapping
/// strength on it (null for zero hops), the element ids from the needed element to the taught one,
/// and whether it follows a proposed mapping (possible only in a preview that includes proposals).
/// </summary>
public sealed record CoveragePath(string Target, CoverageClass Class, int Hops, int? MinStrength, IReadOnlyList<string> Path, bool UsesProposed = false);
