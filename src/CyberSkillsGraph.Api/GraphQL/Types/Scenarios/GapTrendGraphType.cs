using CyberSkillsGraph.Analysis.Trends;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class GapTrendGraphType : ObjectGraphType<GapTrend>
{
    public GapTrendGraphType()
    {
        Name = "GapTrend";
        Description = "One competence at one level in a region, for every year with demand there, oldest first.";
        Field<NonNullGraphType<RegionGraphType>>("region").Description("The region, with everything below it.").Resolve(c => c.Source.Region);
        Field<NonNullGraphType<CompetenceGraphType>>("competence").Description("The competence.").Resolve(c => c.Source.Competence);
        Field<NonNullGraphType<IntGraphType>>("level").Description("The level, 1..5.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapTrendPointGraphType>>>>("points").Description("One point a year.").Resolve(c => c.Source.Points);
    }
}
