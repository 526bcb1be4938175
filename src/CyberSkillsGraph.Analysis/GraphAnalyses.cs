using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis;

/// <summary>
/// The four analyses of docs/semantics.md over one snapshot. Each throws <see cref="AnalysisInputException"/>
/// for an unknown region, role, framework or element, or a hop limit outside 1..5.
/// </summary>
public static class GraphAnalyses
{
    public const int DefaultMaxHops = 3;
    public const int MaxHopsLimit = 5;

    /// <summary>With <c>includeProposed</c> (a preview) proposed mappings count as approved when supply is counted.</summary>
    public static RegionGapReport RegionGaps(GraphSnapshot snapshot, string region, int? year, bool includeProposed = false) =>
        GapAnalyzer.Analyze(snapshot, region, year, includeProposed);

    /// <summary>With <c>includeProposed</c> (a preview) proposed mappings count as approved, and each path says whether it used one.</summary>
    public static IReadOnlyList<SupplierExplanation> ExplainSupply(GraphSnapshot snapshot, string region, string competence, int level, bool includeProposed = false) =>
        GapAnalyzer.Explain(snapshot, region, competence, level, includeProposed);

    public static LearningPath LearningPath(GraphSnapshot snapshot, string role, string region) =>
        LearningPathPlanner.Plan(snapshot, role, region);

    /// <summary>With <c>includeProposed</c> (a preview) proposed mappings count as approved, and each path says whether it used one.</summary>
    public static CoverageReport FrameworkCoverage(GraphSnapshot snapshot, string source, string target, int maxHops = DefaultMaxHops, bool includeProposed = false) =>
        CoverageAnalyzer.Analyze(snapshot, source, target, maxHops, includeProposed);

    /// <summary>With <c>includeProposed</c> (a preview) proposed mappings count as approved, and each path says whether it used one.</summary>
    public static IReadOnlyList<Equivalence> Equivalents(GraphSnapshot snapshot, string id, int maxHops = DefaultMaxHops, bool includeProposed = false) =>
        CoverageAnalyzer.Equivalents(snapshot, id, maxHops, includeProposed);

    public static Trends.GapTrend GapTrend(GraphSnapshot snapshot, string region, string competence, int level) =>
        Trends.TrendAnalyzer.Gap(snapshot, region, competence, level);

    /// <summary>The years that have demand in the region or below it, newest first: the years regionGaps can analyse there.</summary>
    public static IReadOnlyList<int> DemandYears(GraphSnapshot snapshot, string region) => Trends.TrendAnalyzer.DemandYears(snapshot, region);

    public static Trends.RegionTrend RegionTrend(GraphSnapshot snapshot, string region) =>
        Trends.TrendAnalyzer.Region(snapshot, region);

    /// <summary>What role <paramref name="from"/> already meets of role <paramref name="to"/>; with a region, the learning path there for the rest.</summary>
    public static Bridges.RoleBridge RoleBridge(GraphSnapshot snapshot, string from, string to, string? region) =>
        Bridges.RoleBridgeAnalyzer.Analyze(snapshot, from, to, region);
}
