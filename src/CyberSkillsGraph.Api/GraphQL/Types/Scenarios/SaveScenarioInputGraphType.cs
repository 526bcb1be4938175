using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class SaveScenarioInputGraphType : InputObjectGraphType<SaveScenarioInput>
{
    public SaveScenarioInputGraphType()
    {
        Name = "SaveScenarioInput";
        Description = $"A scenario to save under your account (at most {ScenarioStore.MaxPerOwner}).";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("One of your saved scenarios to replace; leave out to save a new one.");
        Field(x => x.Name).Description("Its name, shown in your list.");
        Field<NonNullGraphType<ScenarioInputGraphType>>("scenario").Description("The scenario, checked like a write against the current graph.");
    }
}
