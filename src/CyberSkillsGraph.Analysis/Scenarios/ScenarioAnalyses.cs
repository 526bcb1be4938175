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
    /// <summary>
    /// The report as the scenario would make it; its <see cref="RegionGapReport.Scenario"/> holds the stored graph's
    /// report for the same year and explains the rows' suppliers over the same overlay (or rebuilt graph).
    /// </summary>
    public static RegionGapReport RegionGaps(GraphSnapshot snapshot, string region, int? year, Scenario scenario)
    {
        Check(snapshot, scenario);
        RegionGapReport report;
        Func<string, string, int, IReadOnlyList<SupplierExplanation>> explain;
        if (scenario.IncludeProposed)
        {
            var rebuilt = Rebuilt(snapshot, scenario);
            report = GapAnalyzer.Analyze(rebuilt, region, year);
            explain = (r, competence, level) => GapAnalyzer.Explain(rebuilt, r, competence, level, includeProposed: false);
        }
        else
        {
            var overlay = new ScenarioOverlay(snapshot, scenario);
            report = GapAnalyzer.Analyze(snapshot, region, year, overlay: overlay);
            explain = (r, competence, level) => GapAnalyzer.Explain(snapshot, r, competence, level, includeProposed: false, overlay);
        }
        // The baseline is read for the scenario's year, so that rows compare like with like.
        var baseline = GapAnalyzer.Analyze(snapshot, region, report.Year ?? year);
        return report with { IncludeProposed = scenario.IncludeProposed, Scenario = new ScenarioComparison(report, baseline, explain) };
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
