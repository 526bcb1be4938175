using CyberSkillsGraph.Analysis.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ScenarioGapReportGraphType : ObjectGraphType<ScenarioGapReport>
{
    public ScenarioGapReportGraphType()
    {
        Name = "ScenarioGapReport";
        Description = "A region's skill gaps under a scenario, each row beside the stored graph's (the baseline) for the same year.";
        Field<NonNullGraphType<RegionGraphType>>("region").Description("The region analysed, with everything below it.").Resolve(c => c.Source.Report.Region);
        Field<IntGraphType>("year").Description("The year analysed; null when the region has no demand even under the scenario.").Resolve(c => c.Source.Report.Year);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScenarioSkillGapGraphType>>>>("rows").Description("The scenario's rows, largest gap first.").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<GapTotalsGraphType>>("totals").Description("The scenario's totals.").Resolve(c => c.Source.Report.Totals);
        Field<NonNullGraphType<GapTotalsGraphType>>("baselineTotals").Description("The stored graph's totals for the same year.").Resolve(c => c.Source.Baseline.Totals);
        Field<NonNullGraphType<GapTotalsGraphType>>("totalsDelta").Description("Scenario totals minus baseline totals.").Resolve(c => c.Source.Delta);
    }
}
