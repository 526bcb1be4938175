using CyberSkillsGraph.Analysis.Gaps;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RegionGapReportGraphType : ObjectGraphType<RegionGapReport>
{
    public RegionGapReportGraphType()
    {
        Name = "RegionGapReport";
        Description = "The skill gaps of a region and everything below it, largest first.";
        Field<NonNullGraphType<RegionGraphType>>("region").Resolve(c => c.Source.Region);
        Field(r => r.Year, nullable: true).Description("The year analysed; null when the region has no demand.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGapGraphType>>>>("rows")
            .Resolve(c => GapRow.Of(c.Source));
        Field<NonNullGraphType<GapTotalsGraphType>>("totals").Resolve(c => c.Source.Totals);
        Field(r => r.IncludeProposed).Description("True for a preview in which proposed mappings counted as approved.");
        ScenarioReportFields.Register(this);
    }
}
