using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>equivalents: an element reachable from the start within the hop limit, with its best path.</summary>
public sealed record Equivalence(string Id, ElementKind Kind, CoverageClass Class, int Hops, int? MinStrength, IReadOnlyList<string> Path, bool UsesProposed = false);
