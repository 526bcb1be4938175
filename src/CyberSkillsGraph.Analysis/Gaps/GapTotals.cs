namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>Openings counted (each demand entry once) and the number of rows of each status.</summary>
public sealed record GapTotals(long Openings, int Missing, int Shortage, int Covered);
