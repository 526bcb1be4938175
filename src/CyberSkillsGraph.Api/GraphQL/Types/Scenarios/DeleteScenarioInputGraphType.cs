using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class DeleteScenarioInputGraphType : InputObjectGraphType<DeleteScenarioInput>
{
    public DeleteScenarioInputGraphType()
    {
        Name = "DeleteScenarioInput";
        Description = "The saved scenario to delete.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of one of your saved scenarios.");
    }
}
