using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Trends;

/// <summary>regionTrend: a region's gap report summed per year, for every year with demand in its subtree, oldest first.</summary>
public sealed record RegionTrend(Region Region, IReadOnlyList<RegionTrendPoint> Points);
