using CyberSkillsGraph.Analysis.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ScenarioSkillGapGraphType : ObjectGraphType<ScenarioGapRow>
{
    public ScenarioSkillGapGraphType()
    {
        Name = "ScenarioSkillGap";
        Description = "A row of a scenario's gap report: the same numbers as SkillGap under the scenario, its baseline and the changes.";
        Field<NonNullGraphType<CompetenceGraphType>>("competence").Description("The competence needed.").Resolve(c => c.Source.Row.Competence);
        Field<NonNullGraphType<IntGraphType>>("level").Description("The level needed, 1..5.").Resolve(c => c.Source.Row.Level);
        Field<NonNullGraphType<LongGraphType>>("demand").Description("Openings of the demanded roles that need it, under the scenario.").Resolve(c => c.Source.Row.Demand);
        Field<NonNullGraphType<LongGraphType>>("supply").Description("Seats that fully supply it, under the scenario.").Resolve(c => c.Source.Row.Supply);
        Field<NonNullGraphType<LongGraphType>>("partialSupply").Description("Seats that only partially supply it, under the scenario.").Resolve(c => c.Source.Row.PartialSupply);
        Field<NonNullGraphType<LongGraphType>>("gap").Description("max(0, demand - supply) under the scenario.").Resolve(c => c.Source.Row.Gap);
        Field<FloatGraphType>("coverageRatio").Description("supply / demand; null when demand is 0.").Resolve(c => c.Source.Row.CoverageRatio);
        Field<NonNullGraphType<BooleanGraphType>>("accessible").Description("A programme in the region, below it or above it fully supplies it.").Resolve(c => c.Source.Row.Accessible);
        Field<NonNullGraphType<GapStatusGraphType>>("status").Description("The row's status under the scenario.").Resolve(c => c.Source.Row.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles").Description("The demanded roles that need it.").Resolve(c => c.Source.Row.Roles);
        Field<GapBaselineGraphType>("baseline").Description("The same row in the stored graph; null when the stored graph does not demand it that year.").Resolve(c => c.Source.Baseline);
        Field<NonNullGraphType<LongGraphType>>("demandDelta").Description("demand minus the baseline's (0 when there is none).").Resolve(c => c.Source.DemandDelta);
        Field<NonNullGraphType<LongGraphType>>("supplyDelta").Description("supply minus the baseline's.").Resolve(c => c.Source.SupplyDelta);
        Field<NonNullGraphType<LongGraphType>>("gapDelta").Description("gap minus the baseline's.").Resolve(c => c.Source.GapDelta);
    }
}
