namespace CyberSkillsGraph.Analysis.Queries;

/// <summary>
/// Which programmes to list: offered in a region of <paramref name="Region"/>'s subtree, developing
/// <paramref name="Competence"/> at any level, and matching every word of <paramref name="Search"/>
/// in id, title or provider name (case-insensitive). Null means no condition.
/// </summary>
public sealed record ProgrammeFilter(string? Region = null, string? Competence = null, string? Search = null);
