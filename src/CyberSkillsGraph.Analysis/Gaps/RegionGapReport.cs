using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>
/// regionGaps: the skill gaps of a region's subtree in a year, largest first. Year is null when the
/// subtree has no demand. IncludeProposed marks a preview in which proposed mappings counted as approved.
/// </summary>
public sealed record RegionGapReport(Region Region, int? Year, IReadOnlyList<SkillGap> Rows, GapTotals Totals, bool IncludeProposed = false)
{
    /// <summary>For a report computed under a what-if scenario: the stored graph's answer beside it; null otherwise.</summary>
    public Scenarios.ScenarioComparison? Scenario { get; init; }
}
