using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Trends;

/// <summary>
/// gapTrend and regionTrend: regionGaps for each year that has a demand entry in the region's
/// subtree. Programmes carry no year, so supply is the same every year and the trend shows demand
/// moving against it.
/// </summary>
internal static class TrendAnalyzer
{
    private const int Levels = 5;

    public static GapTrend Gap(GraphSnapshot snapshot, string regionCode, string competenceId, int level)
    {
        var region = GapAnalyzer.RegionIndex(snapshot, regionCode);
        var competence = snapshot.FindCompetence(competenceId) ?? throw new AnalysisInputException("competence", $"unknown competence '{competenceId}'");
        if (level is < 1 or > Levels) throw new AnalysisInputException("level", $"{level} is outside 1..{Levels}");
        var points = new List<GapTrendPoint>();
        foreach (var year in Years(snapshot, region))
        {
            var report = GapAnalyzer.Analyze(snapshot, regionCode, year);
            var row = report.Rows.FirstOrDefault(r => r.Competence.Id == competenceId && r.Level == level);
            points.Add(row is null
                ? new GapTrendPoint(year, 0, snapshot.SupplyFor(includeProposed: false).Supply(snapshot.RegionTree, region, snapshot.CompetenceIndex(competenceId), level), 0, null)
                : new GapTrendPoint(year, row.Demand, row.Supply, row.Gap, row.Status));
        }
        return new GapTrend(snapshot.RegionTree.Regions[region], competence, level, points);
    }

    public static RegionTrend Region(GraphSnapshot snapshot, string regionCode)
    {
        var region = GapAnalyzer.RegionIndex(snapshot, regionCode);
        var points = Years(snapshot, region)
            .Select(year => GapAnalyzer.Analyze(snapshot, regionCode, year))
            .Select(r => new RegionTrendPoint(r.Year!.Value, r.Totals, r.Rows.Sum(x => x.Demand), r.Rows.Sum(x => x.Supply), r.Rows.Sum(x => x.Gap)))
            .ToList();
        return new RegionTrend(snapshot.RegionTree.Regions[region], points);
    }

    public static IReadOnlyList<int> DemandYears(GraphSnapshot snapshot, string regionCode) =>
        [.. Years(snapshot, GapAnalyzer.RegionIndex(snapshot, regionCode)).Reverse()];

    private static SortedSet<int> Years(GraphSnapshot snapshot, int region)
    {
        var years = new SortedSet<int>();
        for (var e = 0; e < snapshot.Demand.Count; e++)
        {
            if (snapshot.DemandRegion[e] >= 0 && snapshot.RegionTree.InSubtree(snapshot.DemandRegion[e], region))
                years.Add(snapshot.Demand[e].Year);
        }
        return years;
    }
}
