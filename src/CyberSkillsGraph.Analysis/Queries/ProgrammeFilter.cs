namespace CyberSkillsGraph.Analysis.Queries;

/// <summary>
/// Which programmes to list: offered in a region of <paramref name="Region"/>'s subtree, developing
/// <paramref name="Competence"/> at any level, and matching every word of <paramref name="Search"/>
/// in id, title or provider name (case-insensitive), of <paramref name="Provider"/>. Null means no
/// condition. Retired programmes are left out unless <paramref name="IncludeRetired"/>.
/// </summary>
public sealed record ProgrammeFilter(string? Region = null, string? Competence = null, string? Search = null, string? Provider = null, bool IncludeRetired = false);
