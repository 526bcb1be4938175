using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Queries;

/// <summary>One page of matching programmes in id order, with how many match in all.</summary>
public sealed record ProgrammePage(IReadOnlyList<TrainingProgramme> Items, int TotalCount, bool HasNextPage, bool HasPreviousPage);
