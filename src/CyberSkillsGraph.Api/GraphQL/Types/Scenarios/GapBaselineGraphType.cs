using CyberSkillsGraph.Analysis.Gaps;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class GapBaselineGraphType : ObjectGraphType<SkillGap>
{
    public GapBaselineGraphType()
    {
        Name = "GapBaseline";
        Description = "A gap row as the stored graph has it, beside a scenario's.";
        Field<NonNullGraphType<LongGraphType>>("demand").Description("Stored demand.").Resolve(c => c.Source.Demand);
        Field<NonNullGraphType<LongGraphType>>("supply").Description("Stored supply.").Resolve(c => c.Source.Supply);
        Field<NonNullGraphType<LongGraphType>>("gap").Description("Stored gap.").Resolve(c => c.Source.Gap);
        Field<NonNullGraphType<GapStatusGraphType>>("status").Description("Stored status.").Resolve(c => c.Source.Status);
    }
}
