using CyberSkillsGraph.Analysis.Trends;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class GapTrendPointGraphType : ObjectGraphType<GapTrendPoint>
{
    public GapTrendPointGraphType()
    {
        Name = "GapTrendPoint";
        Description = "One year of a gap trend.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<LongGraphType>>("demand").Description("The row's demand that year; 0 when no demanded role needs it.").Resolve(c => c.Source.Demand);
        Field<NonNullGraphType<LongGraphType>>("supply").Description("Seats that fully supply it (programmes carry no year, so this is the same every year).").Resolve(c => c.Source.Supply);
        Field<NonNullGraphType<LongGraphType>>("gap").Description("max(0, demand - supply).").Resolve(c => c.Source.Gap);
        Field<GapStatusGraphType>("status").Description("The row's status; null in a year that does not demand it.").Resolve(c => c.Source.Status);
    }
}
