using CyberSkillsGraph.Analysis.Gaps;
using GraphQL;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The fields a gap report and its rows carry for a what-if scenario, added to RegionGapReport and SkillGap in one call each.</summary>
internal static class ScenarioReportFields
{
    public static void Register(ObjectGraphType<RegionGapReport> report)
    {
        report.Field<GapTotalsGraphType>("baselineTotals")
            .Description("Under a scenario: the stored graph's totals for the same year; null without a scenario.")
            .Resolve(c => c.Source.Scenario?.Baseline.Totals);
        report.Field<GapTotalsGraphType>("totalsDelta")
            .Description("Under a scenario: its totals minus the stored graph's (baselineTotals); null without a scenario.")
            .Resolve(c => c.Source.Scenario?.TotalsDelta);
    }

    public static void Register(ObjectGraphType<GapRow> row) =>
        row.Field<GapBaselineGraphType>("baseline")
            .Description("Under a scenario: the same row in the stored graph, for the same year; null without a scenario, or when the stored graph does not demand it.")
            .Resolve(c => c.Source.Baseline);

    /// <summary>A row's suppliers: under a scenario as the scenario has them, else <paramref name="stored"/>.</summary>
    public static IReadOnlyList<SupplierExplanation> Suppliers(IResolveFieldContext<GapRow> c, Func<IReadOnlyList<SupplierExplanation>> stored) =>
        c.Source.Scenario is { } scenario
            ? AnalysisCall.Run(() => scenario.ExplainSupply(c.Source.Region.Code, c.Source.Gap.Competence.Id, c.Source.Gap.Level))
            : stored();
}
