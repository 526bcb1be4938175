using CyberSkillsGraph.Analysis.Gaps;

namespace CyberSkillsGraph.Analysis.Trends;

/// <summary>One year of a region's trend: the year's totals and the sums of its rows' demand, supply and gap.</summary>
public sealed record RegionTrendPoint(int Year, GapTotals Totals, long Demand, long Supply, long Gap);
