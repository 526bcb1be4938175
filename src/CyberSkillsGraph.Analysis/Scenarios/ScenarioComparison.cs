using CyberSkillsGraph.Analysis.Gaps;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// What a gap report computed under a scenario is compared with: the stored graph's report for the same
/// year (the baseline), each scenario row beside its baseline row, and the totals' change (scenario minus baseline).
/// </summary>
public sealed class ScenarioComparison
{
    private readonly Func<string, string, int, IReadOnlyList<SupplierExplanation>> _explain;

    internal ScenarioComparison(RegionGapReport scenarioReport, RegionGapReport baseline, Func<string, string, int, IReadOnlyList<SupplierExplanation>> explain)
    {
        _explain = explain;
        Baseline = baseline;
        var byKey = baseline.Rows.ToDictionary(r => (r.Competence.Id, r.Level));
        Rows = [.. scenarioReport.Rows.Select(r => new ScenarioGapRow(r, byKey.GetValueOrDefault((r.Competence.Id, r.Level))))];
        var (now, before) = (scenarioReport.Totals, baseline.Totals);
        TotalsDelta = new GapTotals(now.Openings - before.Openings, now.Missing - before.Missing, now.Shortage - before.Shortage, now.Covered - before.Covered);
    }

    /// <summary>The stored graph's report for the scenario report's year.</summary>
    public RegionGapReport Baseline { get; }

    /// <summary>The scenario report's rows in its order, each with the stored graph's row (null when the stored graph does not demand it).</summary>
    public IReadOnlyList<ScenarioGapRow> Rows { get; }

    public GapTotals TotalsDelta { get; }

    /// <summary>SkillGap.suppliers under the scenario: its added programmes in, its retired ones out, changed seats as changed.</summary>
    public IReadOnlyList<SupplierExplanation> ExplainSupply(string region, string competence, int level) => _explain(region, competence, level);
}
