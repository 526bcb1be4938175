using CyberSkillsGraph.Analysis.Gaps;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// regionGaps under a scenario: the report as the scenario would make it, each row beside its
/// baseline, the stored graph's report for the same year, and the totals' change (scenario minus baseline).
/// </summary>
public sealed record ScenarioGapReport(RegionGapReport Report, RegionGapReport Baseline, IReadOnlyList<ScenarioGapRow> Rows, GapTotals Delta);
