using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Bridges;

/// <summary>
/// roleBridge: what a person holding role <see cref="From"/> already meets of role <see cref="To"/>'s
/// requirements, and (when a region is given) the learning path there for the partial and lacking ones.
/// <see cref="RolePath"/> is the best path of approved mappings from the role aimed at to the role held, null when there is none.
/// </summary>
public sealed record RoleBridge(Role From, Role To, IReadOnlyList<BridgeRequirement> Requirements, LearningPath? Path, Coverage.CoveragePath? RolePath);
