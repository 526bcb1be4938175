using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Bridges;

/// <summary>A requirement of the role aimed at, with the held requirement that best meets it and the mapping path from the one to the other (both null when lacking).</summary>
public sealed record BridgeRequirement(CompetenceLevel Requirement, BridgeStatus Status, CompetenceLevel? Held, CoveragePath? Path);
