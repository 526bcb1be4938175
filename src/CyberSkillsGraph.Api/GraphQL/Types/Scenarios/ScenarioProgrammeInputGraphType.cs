using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class ScenarioProgrammeInputGraphType : InputObjectGraphType<ScenarioProgrammeInput>
{
    public ScenarioProgrammeInputGraphType()
    {
        Name = "ScenarioProgrammeInput";
        Description = "A programme a scenario adds: what registerTrainingProgramme takes, plus the id and provider it would have. It is checked like a registration.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("An id no stored programme has.");
        Field(x => x.Provider, type: typeof(NonNullGraphType<IdGraphType>)).Description("A stored provider.");
        Field(x => x.Title).Description("The programme's title.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions").Description("Region codes where it would be offered.");
        Field(x => x.SeatsPerYear).Description("People it would train a year.");
        Field(x => x.Hours).Description("Its length in hours.");
        Field<DeliveryModeGraphType>("delivery").Description("How it would be taught.");
        Field(x => x.Language, nullable: true).Description("The language of instruction as a BCP 47 tag.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceLevelInputGraphType>>>>("develops").Description("The competences it would develop, each at a level.");
    }
}
