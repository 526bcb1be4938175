using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>One row of a region's gap report: a competence at a level, how many people need it and how many seats teach it.</summary>
public sealed record SkillGap(
    Competence Competence,
    int Level,
    int Demand,
    int Supply,
    int PartialSupply,
    int Gap,
    double? CoverageRatio,
    bool Accessible,
    GapStatus Status,
    IReadOnlyList<Role> Roles);
