using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Trends;

/// <summary>gapTrend: one competence at one level in a region's subtree, for every year with demand there, oldest first.</summary>
public sealed record GapTrend(Region Region, Competence Competence, int Level, IReadOnlyList<GapTrendPoint> Points);
