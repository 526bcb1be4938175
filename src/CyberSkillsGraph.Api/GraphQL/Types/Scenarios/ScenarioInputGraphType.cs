using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ScenarioInputGraphType : InputObjectGraphType<ScenarioInput>
{
    public ScenarioInputGraphType()
    {
        Name = "ScenarioInput";
        Description = $"A what-if change analysed without being written. Limits: {ScenarioLimits.MaxAddProgrammes} added programmes, {ScenarioLimits.MaxChangeProgrammes} programme changes, {ScenarioLimits.MaxRoleDemandFactors} role factors, {ScenarioLimits.MaxDemand} demand entries; factors within 0..{ScenarioLimits.MaxFactor}.";
        Field<ListGraphType<NonNullGraphType<ScenarioProgrammeInputGraphType>>>("addProgrammes").Description("Programmes that would be offered.");
        Field<ListGraphType<NonNullGraphType<ProgrammeChangeInputGraphType>>>("changeProgrammes").Description("Stored programmes whose seats change or that retire.");
        Field<FloatGraphType>("demandFactor").Description("Multiplies the openings of every stored demand entry not listed in demand and whose role has no factor of its own; rounded half away from zero. Default 1.").DefaultValue(1.0);
        Field<ListGraphType<NonNullGraphType<RoleDemandFactorInputGraphType>>>("roleDemandFactors").Description("Per-role factors, applied instead of demandFactor.");
        Field<ListGraphType<NonNullGraphType<ScenarioDemandInputGraphType>>>("demand").Description("Demand entries taken as given: they replace the stored entry of the same region, role and year, or add one.");
        Field<BooleanGraphType>("includeProposed").Description("Count proposed mappings as if approved (pending changes of approved mappings are not counted).").DefaultValue(false);
    }
}
