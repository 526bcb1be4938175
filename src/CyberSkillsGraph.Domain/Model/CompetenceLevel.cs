namespace CyberSkillsGraph.Domain.Model;

/// <summary>A competence at a proficiency level: what a role requires or a programme develops.</summary>
public sealed record CompetenceLevel(string Competence, int Level);
