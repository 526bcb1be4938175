using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Reference;
using CyberSkillsGraph.Analysis.Trends;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Trends;

/// <summary>gapTrend and regionTrend over the worked example with demand in 2024 (pentesters only), 2025 and 2026.</summary>
public sealed class TrendTests
{
    private static GraphSnapshot Snapshot()
    {
        var dataset = WorkedExample.Dataset;
        return GraphSnapshot.Build(new GraphContent(1, [dataset with
        {
            Demand = [.. dataset.Demand,
                new DemandEntry("DE", "PENTESTER", 2024, 5, null, null),
                new DemandEntry("DE", "CISO", 2025, 4, null, null),
                new DemandEntry("JP-ONLY", "CISO", 2023, 9, null, null)],
            Regions = [.. dataset.Regions, new Region("JP-ONLY", "elsewhere", null)],
        }]));
    }

    [Fact]
    public void GapTrend_WhenD1IsDemandedIn2025And2026_ThenEveryYearWithDemandIsAPointAndTheYearWithoutTheRowIsZero()
    {
        var trend = GraphAnalyses.GapTrend(Snapshot(), "DE", "ECF:D.1", 5);

        Assert.Equal(
            [new GapTrendPoint(2024, 0, 0, 0, null), new GapTrendPoint(2025, 4, 0, 4, GapStatus.Missing), new GapTrendPoint(2026, 10, 0, 10, GapStatus.Missing)],
            trend.Points);
    }

    [Fact]
    public void GapTrend_WhenTheRowHasSupply_ThenSupplyIsShownInEveryYear()
    {
        var trend = GraphAnalyses.GapTrend(Snapshot(), "DE", "ECF:E.3", 4);

        Assert.Equal([15L, 15L, 15L], trend.Points.Select(p => p.Supply));
        Assert.Equal([5L, 4L, 50L], trend.Points.Select(p => p.Demand));
    }

    [Fact]
    public void RegionTrend_WhenRegionIsDe_ThenEachYearSumsItsRows()
    {
        var trend = GraphAnalyses.RegionTrend(Snapshot(), "DE");

        Assert.Equal([2024, 2025, 2026], trend.Points.Select(p => p.Year));
        var last = trend.Points[^1];
        Assert.Equal((new GapTotals(50, 1, 3, 0), 110L, 30L, 80L), (last.Totals, last.Demand, last.Supply, last.Gap));
    }

    [Fact]
    public void GapTrend_WhenTheLevelIsOutOfRange_ThenTheArgumentIsNamed()
    {
        var error = Assert.Throws<AnalysisInputException>(() => GraphAnalyses.GapTrend(Snapshot(), "DE", "ECF:D.1", 6));

        Assert.Equal("level", error.Argument);
    }
}
