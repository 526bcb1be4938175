using System.Globalization;
using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests;

/// <summary>
/// Results as lines of text holding ids, numbers and classes only, so that two results compare with
/// Assert.Equal and a difference reads as a diff. Coverage paths keep their endpoints and length, not
/// their intermediate nodes, which may differ between equally good paths.
/// </summary>
internal static class ReportLines
{
    public static List<string> Of(RegionGapReport report)
    {
        var t = report.Totals;
        List<string> lines = [$"{report.Region.Code} year={report.Year?.ToString(CultureInfo.InvariantCulture) ?? "null"} openings={t.Openings} missing={t.Missing} shortage={t.Shortage} covered={t.Covered}"];
        lines.AddRange(report.Rows.Select(r =>
            $"{r.Competence.Id}@{r.Level} demand={r.Demand} supply={r.Supply} partial={r.PartialSupply} gap={r.Gap} " +
            $"ratio={r.CoverageRatio?.ToString("R", CultureInfo.InvariantCulture) ?? "null"} accessible={r.Accessible} status={r.Status} " +
            $"roles={string.Join(",", r.Roles.Select(x => x.Id))}"));
        return lines;
    }

    /// <summary>Requirements are listed sorted: docs/semantics.md fixes which requirements a step covers, not their order.</summary>
    public static List<string> Of(LearningPath path)
    {
        List<string> lines = [$"{path.Role.Id} in {path.Region.Code} hours={path.TotalHours}"];
        lines.AddRange(path.Steps.Select(s => $"step {s.Programme.Id}: {Requirements(s.Covers)}"));
        lines.Add($"uncovered: {Requirements(path.Uncovered)}");
        return lines;
    }

    public static List<string> Of(CoverageReport report)
    {
        List<string> lines = [$"{report.Source} -> {report.Target} maxHops={report.MaxHops}"];
        lines.AddRange(report.Elements
            .OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => $"{e.Kind} {e.Id}: {Path(e.Best)}"));
        foreach (var kind in new[] { ElementKind.Competence, ElementKind.Role, ElementKind.Standard })
        {
            // A kind with no source elements may be left out or listed with zeros: both read the same.
            var s = report.Shares.SingleOrDefault(x => x.Kind == kind) ?? new CoverageShare(kind, 0, 0, 0, 0, 0);
            lines.Add($"{kind} total={s.Total} equal={s.Equal} full={s.Full} partial={s.Partial} none={s.None}");
        }
        return lines;
    }

    public static List<string> Of(IReadOnlyList<Equivalence> equivalents) =>
        [.. equivalents.Select(e => $"{e.Id} {e.Kind} {e.Class} hops={e.Hops} min={e.MinStrength?.ToString(CultureInfo.InvariantCulture) ?? "null"}")];

    public static List<string> Of(IReadOnlyList<SupplierExplanation> suppliers) =>
        [.. suppliers.Select(e => $"{e.Programme.Id} seats={e.Programme.SeatsPerYear} develops={e.DevelopedCompetence}@{e.DevelopedLevel} counts={e.CountsAsSupply} {Path(e.Path)}")];

    public static string Path(CoveragePath? path) =>
        path is null ? "NONE" : $"{path.Class} hops={path.Hops} min={path.MinStrength?.ToString(CultureInfo.InvariantCulture) ?? "null"} target={path.Target}";

    private static string Requirements(IEnumerable<CompetenceLevel> requirements) =>
        string.Join(", ", requirements.Select(r => $"{r.Competence}@{r.Level}").Order(StringComparer.Ordinal));
}
