namespace CyberSkillsGraph.Analysis.Queries;

/// <summary>
/// Which programmes to list: offered in a region of <paramref name="Region"/>'s subtree, developing
/// <paramref name="Competence"/> at any level, and matching every word of <paramref name="Search"/>
/// in id, title or provider name (case-insensitive), of <paramref name="Provider"/>. Null means no
/// condition. Retired programmes are left out unless <paramref name="IncludeRetired"/>.
/// </summary>
public sealed record ProgrammeFilter(string? Region = null, string? Competence = null, string? Search = null, string? Provider = null, bool IncludeRetired = false)
{
    /// <summary>Longest search text accepted: every word is looked for in every programme, so its size must be bounded.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>Most distinct words in a search.</summary>
    public const int MaxSearchWords = 10;

    /// <summary>The distinct words of a search (case-insensitive), each of which a programme must contain.</summary>
    public static string[] WordsOf(string? search) =>
        [.. (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];
}
