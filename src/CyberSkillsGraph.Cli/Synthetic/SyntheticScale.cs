using System.Diagnostics.CodeAnalysis;

namespace CyberSkillsGraph.Cli.Synthetic;

/// <summary>
/// How many records of each kind <see cref="SyntheticGraphGenerator"/> makes. <see cref="L"/> is the
/// benchmark size (200,000 programmes with about 1.2 million develops edges), <see cref="M"/> about a
/// tenth of it and <see cref="S"/> about a hundredth.
/// </summary>
/// <param name="Name">The name given to <c>cyberskills generate --scale</c>.</param>
/// <param name="Regions">Regions of the region tree (two roots, nested up to three levels below them).</param>
/// <param name="Frameworks">Frameworks; each holds about the same number of competences and roles.</param>
/// <param name="Competences">Competences over all frameworks.</param>
/// <param name="Roles">Roles over all frameworks, each requiring 4..8 competences.</param>
/// <param name="Providers">Training providers.</param>
/// <param name="Programmes">Training programmes, each developing 3..9 competences (6 on average).</param>
/// <param name="CompetenceMappings">Approved mappings between competences of different frameworks.</param>
/// <param name="RoleMappings">Approved mappings between roles of different frameworks.</param>
/// <param name="ProposedMappings">Proposed mappings on top of the approved ones (stored, ignored by analysis).</param>
/// <param name="DemandEntries">Demand entries, unique per (region, role, year), for 2025 and 2026.</param>
public sealed record SyntheticScale(
    string Name,
    int Regions,
    int Frameworks,
    int Competences,
    int Roles,
    int Providers,
    int Programmes,
    int CompetenceMappings,
    int RoleMappings,
    int ProposedMappings,
    int DemandEntries)
{
    /// <summary>About 1/100 of <see cref="L"/>: quick enough for unit tests.</summary>
    public static SyntheticScale S { get; } = new("S", 10, 4, 120, 40, 10, 2_000, 180, 20, 20, 200);

    /// <summary>About 1/10 of <see cref="L"/>.</summary>
    public static SyntheticScale M { get; } = new("M", 20, 6, 600, 200, 50, 20_000, 1_800, 200, 200, 2_000);

    /// <summary>The benchmark size: 200,000 programmes, about 1.2 million develops edges, 20,000 approved mappings.</summary>
    public static SyntheticScale L { get; } = new("L", 40, 6, 3_000, 1_000, 500, 200_000, 18_000, 2_000, 2_000, 20_000);

    public static IReadOnlyList<SyntheticScale> All { get; } = [S, M, L];

    /// <summary>Approved mappings of both kinds.</summary>
    public int ApprovedMappings => CompetenceMappings + RoleMappings;

    /// <summary>All mappings, approved and proposed.</summary>
    public int Mappings => ApprovedMappings + ProposedMappings;

    /// <summary>Finds a scale by its name, ignoring case.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out SyntheticScale? scale)
    {
        scale = All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return scale is not null;
    }
}
