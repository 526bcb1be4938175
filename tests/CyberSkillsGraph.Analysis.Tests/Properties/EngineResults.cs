using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>Every answer the engine gives for a graph, as lines, so that "X changes nothing" is one Assert.Equal.</summary>
internal static class EngineResults
{
    private static readonly int?[] Years = [null, 2025, 2026];
    private static readonly int[] HopLimits = [1, 3, 5];

    /// <param name="content">The graph.</param>
    /// <param name="exact">Also compare list orders the semantics leave open and the exact path of each element: for two graphs that hold the same records.</param>
    public static List<string> Lines(GraphContent content, bool exact)
    {
        var snapshot = GraphSnapshot.Build(content);
        var regions = content.Regions.Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
        var roles = content.Roles.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        var elements = content.Competences.Select(c => c.Id).Concat(roles).Order(StringComparer.Ordinal).ToList();
        var frameworks = content.Frameworks.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        var lines = new List<string>();
        foreach (var region in regions)
        {
            foreach (var year in Years) lines.AddRange(ReportLines.Of(GraphAnalyses.RegionGaps(snapshot, region, year)));
            foreach (var role in roles)
            {
                var path = GraphAnalyses.LearningPath(snapshot, role, region);
                lines.AddRange(ReportLines.Of(path));
                if (exact)
                {
                    lines.AddRange(path.Steps.Select(s => $"covers in order: {string.Join(", ", s.Covers)}"));
                    lines.Add($"uncovered in order: {string.Join(", ", path.Uncovered)}");
                }
            }
        }
        foreach (var maxHops in HopLimits)
        {
            foreach (var source in frameworks)
            {
                foreach (var target in frameworks)
                {
                    var report = GraphAnalyses.FrameworkCoverage(snapshot, source, target, maxHops);
                    lines.AddRange(ReportLines.Of(report));
                    if (exact) lines.AddRange(report.Elements.Select(e => $"{e.Id} via {string.Join(" > ", e.Best?.Path ?? [])}"));
                }
            }
            foreach (var id in elements)
            {
                var equivalents = GraphAnalyses.Equivalents(snapshot, id, maxHops);
                lines.AddRange(ReportLines.Of(equivalents));
                if (exact) lines.AddRange(equivalents.Select(e => $"{e.Id} via {string.Join(" > ", e.Path)}"));
            }
        }
        return lines;
    }
}
