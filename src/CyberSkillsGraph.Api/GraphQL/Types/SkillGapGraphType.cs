using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Api.GraphQL.Execution;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class SkillGapGraphType : ObjectGraphType<GapRow>
{
    public SkillGapGraphType()
    {
        Name = "SkillGap";
        Description = "A competence at a level: the people a region needs with it, and the seats that teach it.";
        // The plain fields read the row directly: thousands of rows are answered a list at a time (RowListExecutionStrategy).
        Field<NonNullGraphType<CompetenceGraphType>>("competence").Description("The competence needed.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.Competence));
        Field<NonNullGraphType<IntGraphType>>("level").Description("The level needed, 1..5.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.Level));
        Field<NonNullGraphType<LongGraphType>>("demand").Description("Openings of the demanded roles that need it.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.Demand));
        Field<NonNullGraphType<LongGraphType>>("supply").Description("Seats of programmes in the region's subtree that fully supply it.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.Supply));
        Field<NonNullGraphType<LongGraphType>>("partialSupply").Description("Seats of programmes that only partially supply it.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.PartialSupply));
        Field<NonNullGraphType<LongGraphType>>("gap").Description("max(0, demand - supply).").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.Gap));
        Field<FloatGraphType>("coverageRatio").Description("supply / demand; null when demand is 0.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.CoverageRatio));
        Field<NonNullGraphType<BooleanGraphType>>("accessible")
            .Description("A programme in the region, below it or above it fully supplies it.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.Accessible));
        Field<NonNullGraphType<GapStatusGraphType>>("status").Description("Whether the need is missing, short or covered.").Resolve(DirectFieldResolver.Of((GapRow row) => row.Gap.Status));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles").Description("The demanded roles that need it.").Resolve(c => c.Source.Gap.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplierGraphType>>>>("suppliers")
            .Description("Why the numbers are what they are: each programme that supplies the row, directly or through which mapping path.")
            .Resolve(c => ScenarioReportFields.Suppliers(c, () => AnalysisCall.Run(() => GraphAnalyses.ExplainSupply(c.Snapshot(), c.Source.Region.Code, c.Source.Gap.Competence.Id, c.Source.Gap.Level, c.Source.IncludeProposed))));
        ScenarioReportFields.Register(this);
    }
}
