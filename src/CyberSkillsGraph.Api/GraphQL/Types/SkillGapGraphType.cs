using CyberSkillsGraph.Analysis;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class SkillGapGraphType : ObjectGraphType<GapRow>
{
    public SkillGapGraphType()
    {
        Name = "SkillGap";
        Description = "A competence at a level: the people a region needs with it, and the seats that teach it.";
        Field<NonNullGraphType<CompetenceGraphType>>("competence").Description("The competence needed.").Resolve(c => c.Source.Gap.Competence);
        Field<NonNullGraphType<IntGraphType>>("level").Description("The level needed, 1..5.").Resolve(c => c.Source.Gap.Level);
        Field<NonNullGraphType<LongGraphType>>("demand").Description("Openings of the demanded roles that need it.").Resolve(c => c.Source.Gap.Demand);
        Field<NonNullGraphType<LongGraphType>>("supply").Description("Seats of programmes in the region's subtree that fully supply it.").Resolve(c => c.Source.Gap.Supply);
        Field<NonNullGraphType<LongGraphType>>("partialSupply").Description("Seats of programmes that only partially supply it.").Resolve(c => c.Source.Gap.PartialSupply);
        Field<NonNullGraphType<LongGraphType>>("gap").Description("max(0, demand - supply).").Resolve(c => c.Source.Gap.Gap);
        Field<FloatGraphType>("coverageRatio").Description("supply / demand; null when demand is 0.").Resolve(c => c.Source.Gap.CoverageRatio);
        Field<NonNullGraphType<BooleanGraphType>>("accessible")
            .Description("A programme in the region, below it or above it fully supplies it.").Resolve(c => c.Source.Gap.Accessible);
        Field<NonNullGraphType<GapStatusGraphType>>("status").Description("Whether the need is missing, short or covered.").Resolve(c => c.Source.Gap.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles").Description("The demanded roles that need it.").Resolve(c => c.Source.Gap.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplierGraphType>>>>("suppliers")
            .Description("Why the numbers are what they are: each programme that supplies the row, directly or through which mapping path.")
            .Resolve(c => ScenarioReportFields.Suppliers(c, () => AnalysisCall.Run(() => GraphAnalyses.ExplainSupply(c.Snapshot(), c.Source.Region.Code, c.Source.Gap.Competence.Id, c.Source.Gap.Level, c.Source.IncludeProposed))));
        ScenarioReportFields.Register(this);
    }
}
