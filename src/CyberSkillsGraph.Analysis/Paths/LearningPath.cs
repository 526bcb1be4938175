using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Paths;

/// <summary>learningPath: programmes to take, in order, to meet a role's requirements from a region; what stays uncovered.</summary>
public sealed record LearningPath(Role Role, Region Region, IReadOnlyList<LearningStep> Steps, IReadOnlyList<CompetenceLevel> Uncovered, int TotalHours);
