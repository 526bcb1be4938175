using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Paths;

/// <summary>One programme of a learning path and the requirements it newly covers.</summary>
public sealed record LearningStep(TrainingProgramme Programme, IReadOnlyList<CompetenceLevel> Covers);
