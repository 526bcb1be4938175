using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// regionGaps and learningPath under a what-if scenario, computed without touching the store or the
/// snapshot. The scenario is validated first; <see cref="ScenarioInputException"/> carries every problem.
/// </summary>
public static class ScenarioAnalyses
{
    /// <summary>The report as the scenario would make it; its <see cref="RegionGapReport.Scenario"/> holds the stored graph's report for the same year.</summary>
    public static RegionGapReport RegionGaps(GraphSnapshot snapshot, string region, int? year, Scenario scenario)
    {
        Check(snapshot, scenario);
        var report = scenario.IncludeProposed
            ? GapAnalyzer.Analyze(Rebuilt(snapshot, scenario), region, year)
            : GapAnalyzer.Analyze(snapshot, region, year, overlay: new ScenarioOverlay(snapshot, scenario));
        // The baseline is read for the scenario's year, so that rows compare like with like.
        var baseline = GapAnalyzer.Analyze(snapshot, region, report.Year ?? year);
        return report with { IncludeProposed = scenario.IncludeProposed, Scenario = new ScenarioComparison(scenario, report, baseline) };
    }

    public static LearningPath LearningPath(GraphSnapshot snapshot, string role, string region, Scenario scenario)
    {
        Check(snapshot, scenario);
        return scenario.IncludeProposed
            ? LearningPathPlanner.Plan(Rebuilt(snapshot, scenario), role, region)
            : LearningPathPlanner.Plan(snapshot, role, region, new ScenarioOverlay(snapshot, scenario));
    }

    private static void Check(GraphSnapshot snapshot, Scenario scenario)
    {
        var problems = ScenarioValidator.Validate(snapshot, scenario);
        if (problems.Count > 0) throw new ScenarioInputException(problems);
    }

    /// <summary>Counting proposed mappings changes the mapping graph every search runs on, so the graph is built as the scenario would write it.</summary>
    private static GraphSnapshot Rebuilt(GraphSnapshot snapshot, Scenario scenario) =>
        GraphSnapshot.Build(ScenarioContent.Apply(snapshot.Content, scenario));
}
