using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// A gap row with the region it was computed for and whether proposals were included, so that its suppliers can
/// be explained on request; under a scenario, with the stored graph's row beside it (<see cref="Baseline"/>) and
/// the scenario's comparison, which explains suppliers as the scenario has them.
/// </summary>
public sealed record GapRow(SkillGap Gap, Region Region, bool IncludeProposed, ScenarioComparison? Scenario = null, SkillGap? Baseline = null)
{
    /// <summary>The report's rows as an array, so that the executor knows their number before it walks them.</summary>
    public static GapRow[] Of(RegionGapReport report) => report.Scenario is { } scenario
        ? [.. scenario.Rows.Select(x => new GapRow(x.Row, report.Region, report.IncludeProposed, scenario, x.Baseline))]
        : [.. report.Rows.Select(row => new GapRow(row, report.Region, report.IncludeProposed))];
}
