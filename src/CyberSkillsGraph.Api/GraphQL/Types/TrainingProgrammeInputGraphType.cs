using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class TrainingProgrammeInputGraphType : InputObjectGraphType<TrainingProgrammeInput>
{
    public TrainingProgrammeInputGraphType()
    {
        Name = "TrainingProgrammeInput";
        Description = "A programme as its provider describes it. The provider is the one your access token is bound to.";
        Field(x => x.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions").Description("Region codes where it is offered.");
        Field(x => x.SeatsPerYear);
        Field(x => x.Hours);
        Field<DeliveryModeGraphType>("delivery").Description("How the programme is taught.");
        Field(x => x.Language, nullable: true).Description("The language of instruction as a BCP 47 tag, such as ja, en or pt-BR.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceLevelInputGraphType>>>>("develops");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("preparesFor");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("alignedWith");
        Field(x => x.Note, nullable: true);
        Field<IdGraphType>("provider").DeprecationReason("Ignored: the provider is always the one your access token is bound to.");
    }
}
