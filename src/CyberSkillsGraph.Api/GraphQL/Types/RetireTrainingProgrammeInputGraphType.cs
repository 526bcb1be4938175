using CyberSkillsGraph.Api.Writes;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class RetireTrainingProgrammeInputGraphType : InputObjectGraphType<RetireTrainingProgrammeInput>
{
    public RetireTrainingProgrammeInputGraphType()
    {
        Name = "RetireTrainingProgrammeInput";
        Description = "The programme to retire.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of one of your programmes.");
    }
}
