using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Reference;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests;

/// <summary>
/// Sums over many records must stay exact. The validator bounds each record, but a region adds up as many as it has;
/// here the records are built past those bounds on purpose, so that a 32-bit sum would wrap to a negative number.
/// </summary>
public sealed class LargeSumTests
{
    [Fact]
    public void RegionGaps_WhenSeatsAndOpeningsAddUpPastInt32_ThenTheSumsAreExact()
    {
        var example = WorkedExample.Dataset;
        var seats = int.MaxValue;
        var dataset = example with
        {
            // P1 (DE) and P3 (FR) both teach E.3@4; at int.MaxValue seats each, EU's supply is 2 * int.MaxValue.
            TrainingProgrammes = [.. example.TrainingProgrammes.Select(p => p.Id is "P1" or "P3" ? p with { SeatsPerYear = seats } : p)],
            Demand = [.. example.Demand.Select(d => d with { Openings = int.MaxValue })],
        };

        var report = GraphAnalyses.RegionGaps(GraphSnapshot.Build(new GraphContent(1, [dataset])), "EU", 2026);

        var e3 = Assert.Single(report.Rows, r => r.Competence.Id == "ECF:E.3" && r.Level == 4);
        Assert.Equal(2L * int.MaxValue, e3.Supply);
        Assert.Equal(3L * int.MaxValue, e3.Demand);
        Assert.Equal((long)int.MaxValue, e3.Gap);
        Assert.Equal(3L * int.MaxValue, report.Totals.Openings);
    }
}
