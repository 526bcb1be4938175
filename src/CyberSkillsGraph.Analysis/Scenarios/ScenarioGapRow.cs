using CyberSkillsGraph.Analysis.Gaps;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>A row of a scenario's gap report beside the same row of the stored graph (null when the stored graph does not demand it).</summary>
public sealed record ScenarioGapRow(SkillGap Row, SkillGap? Baseline)
{
    public long DemandDelta => Row.Demand - (Baseline?.Demand ?? 0);
    public long SupplyDelta => Row.Supply - (Baseline?.Supply ?? 0);
    public long GapDelta => Row.Gap - (Baseline?.Gap ?? 0);
}
