using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class SaveScenarioPayloadGraphType : ObjectGraphType<SaveScenarioPayload>
{
    public SaveScenarioPayloadGraphType()
    {
        Name = "SaveScenarioPayload";
        Description = "The result of saveScenario.";
        Field<SavedScenarioGraphType>("scenario").Description("The scenario as saved; null when nothing was saved.").Resolve(c => c.Source.Scenario);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("userErrors").Description("Why nothing was saved; empty on success.").Resolve(c => c.Source.UserErrors);
    }
}
