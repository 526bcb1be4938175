using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class UpdateTrainingProgrammeInputGraphType : InputObjectGraphType<UpdateTrainingProgrammeInput>
{
    public UpdateTrainingProgrammeInputGraphType()
    {
        Name = "UpdateTrainingProgrammeInput";
        Description = "Which of your programmes to replace, the version you read, and all its new values.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of one of your programmes.");
        Field(x => x.Version).Description("TrainingProgramme.version as you read it; if the programme changed since, nothing is written (CONFLICT).");
        TrainingProgrammeInputGraphType.AddProgrammeFields(this);
    }
}
