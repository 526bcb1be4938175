using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>
/// One row of a region's gap report: a competence at a level, how many people need it and how many seats teach it.
/// Sums are 64-bit: bounded inputs keep each record small, but a region sums many of them.
/// </summary>
public sealed record SkillGap(
    Competence Competence,
    int Level,
    long Demand,
    long Supply,
    long PartialSupply,
    long Gap,
    double? CoverageRatio,
    bool Accessible,
    GapStatus Status,
    IReadOnlyList<Role> Roles);
