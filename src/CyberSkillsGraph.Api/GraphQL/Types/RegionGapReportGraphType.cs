using CyberSkillsGraph.Analysis.Gaps;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RegionGapReportGraphType : ObjectGraphType<RegionGapReport>
{
    public RegionGapReportGraphType()
    {
        Name = "RegionGapReport";
        Description = "The skill gaps of a region and everything below it, largest first.";
        Field<NonNullGraphType<RegionGraphType>>("region").Description("The region analysed, with everything below it.").Resolve(c => c.Source.Region);
        Field(r => r.Year, nullable: true).Description("The year analysed; null when the region has no demand.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGapGraphType>>>>("rows")
            .Description("One row per competence and level the demanded roles need, largest gap first.")
            .Resolve(c => GapRow.Of(c.Source));
        Field<NonNullGraphType<GapTotalsGraphType>>("totals").Description("The report's totals.").Resolve(c => c.Source.Totals);
        Field(r => r.IncludeProposed).Description("True for a preview in which proposed mappings counted as approved.");
        ScenarioReportFields.Register(this);
    }
}
