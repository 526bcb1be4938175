using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class TrainingProgrammeInputGraphType : InputObjectGraphType<TrainingProgrammeInput>
{
    public TrainingProgrammeInputGraphType()
    {
        Name = "TrainingProgrammeInput";
        Description = "A programme as its provider describes it. The provider is the one your access token is bound to.";
        Field(x => x.Title).Description("The programme's title.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions").Description("Region codes where it is offered.");
        Field(x => x.SeatsPerYear).Description("How many people it trains a year.");
        Field(x => x.Hours).Description("Its length in hours.");
        Field<DeliveryModeGraphType>("delivery").Description("How the programme is taught.");
        Field(x => x.Language, nullable: true).Description("The language of instruction as a BCP 47 tag, such as ja, en or pt-BR.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceLevelInputGraphType>>>>("develops").Description("The competences it develops, each at a level.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("preparesFor").Description("Ids of roles it prepares for.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("alignedWith").Description("Ids of standards and schemes it is aligned with.");
        Field(x => x.Note, nullable: true).Description("Remarks on the programme.");
        Field<IdGraphType>("provider").Description("Ignored.").DeprecationReason("Ignored: the provider is always the one your access token is bound to.");
    }
}
