using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class TrainingProgrammeInputGraphType : InputObjectGraphType<TrainingProgrammeInput>
{
    public TrainingProgrammeInputGraphType()
    {
        Name = "TrainingProgrammeInput";
        Description = "A programme as its provider describes it (registerTrainingProgramme). The provider is the one your access token is bound to.";
        AddProgrammeFields(this);
        Field<IdGraphType>("provider").Description("Ignored.").DeprecationReason("Ignored: the provider is always the one your access token is bound to.");
    }

    /// <summary>The fields a provider states about a programme, the same in registerTrainingProgramme's and updateTrainingProgramme's input.</summary>
    internal static void AddProgrammeFields<T>(InputObjectGraphType<T> type) where T : TrainingProgrammeInput
    {
        type.Field(x => x.Title).Description("The programme's name as its provider publishes it.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions").Description("Region codes where it is offered.");
        type.Field(x => x.SeatsPerYear).Description("Places offered per year, 0 or more.");
        type.Field(x => x.Hours).Description("Hours of instruction, 0 or more.");
        type.Field<DeliveryModeGraphType>("delivery").Description("How the programme is taught.");
        type.Field(x => x.Language, nullable: true).Description("The language of instruction as a BCP 47 tag, such as ja, en or pt-BR.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceLevelInputGraphType>>>>("develops")
            .Description("The competences it teaches and the level a graduate reaches in each.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("preparesFor").Description("Ids of the roles it prepares for.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("alignedWith").Description("Ids of the standards it is aligned with.");
        type.Field(x => x.Note, nullable: true).Description("Anything else a reader should know.");
    }
}
