using CyberSkillsGraph.Analysis.Gaps;

namespace CyberSkillsGraph.Analysis.Trends;

/// <summary>One year of a row's trend. Status is null in a year where no demanded role needs the row (demand and gap are then 0).</summary>
public sealed record GapTrendPoint(int Year, long Demand, long Supply, long Gap, GapStatus? Status);
