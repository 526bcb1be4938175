using CyberSkillsGraph.Analysis.Trends;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RegionTrendPointGraphType : ObjectGraphType<RegionTrendPoint>
{
    public RegionTrendPointGraphType()
    {
        Name = "RegionTrendPoint";
        Description = "One year of a region's trend.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<GapTotalsGraphType>>("totals").Description("That year's openings and rows by status.").Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<LongGraphType>>("demand").Description("Sum of the rows' demand (a person needing several competences counts in each row).").Resolve(c => c.Source.Demand);
        Field<NonNullGraphType<LongGraphType>>("supply").Description("Sum of the rows' supply.").Resolve(c => c.Source.Supply);
        Field<NonNullGraphType<LongGraphType>>("gap").Description("Sum of the rows' gaps.").Resolve(c => c.Source.Gap);
    }
}
