using CyberSkillsGraph.Analysis.Trends;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RegionTrendGraphType : ObjectGraphType<RegionTrend>
{
    public RegionTrendGraphType()
    {
        Name = "RegionTrend";
        Description = "A region's gap report summed per year, for every year with demand there, oldest first.";
        Field<NonNullGraphType<RegionGraphType>>("region").Description("The region, with everything below it.").Resolve(c => c.Source.Region);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionTrendPointGraphType>>>>("points").Description("One point a year.").Resolve(c => c.Source.Points);
    }
}
