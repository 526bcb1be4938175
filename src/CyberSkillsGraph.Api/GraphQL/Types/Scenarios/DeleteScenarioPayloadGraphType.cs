using CyberSkillsGraph.Api.Scenarios;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class DeleteScenarioPayloadGraphType : ObjectGraphType<DeleteScenarioPayload>
{
    public DeleteScenarioPayloadGraphType()
    {
        Name = "DeleteScenarioPayload";
        Description = "The result of deleteScenario.";
        Field<IdGraphType>("deletedId").Description("The id deleted; null when nothing was deleted.").Resolve(c => c.Source.DeletedId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("userErrors").Description("Why nothing was deleted; empty on success.").Resolve(c => c.Source.UserErrors);
    }
}
