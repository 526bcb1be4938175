using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Scenarios;
using GraphQL;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The writes of saved scenarios, added to Mutation in one call. They change only the planner's own scenarios, never the graph.</summary>
internal static class ScenarioMutationFields
{
    public static void Register(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SaveScenarioPayloadGraphType>>("saveScenario")
            .Description("Save a scenario under your account, or replace one of yours (planners).")
            .Argument<NonNullGraphType<SaveScenarioInputGraphType>>("input", "The scenario and its name.")
            .AuthorizeWithRoles(Roles.Planner)
            .Resolve(c => ScenarioWrites.Save(ScenarioQueryFields.Store(c), c.Snapshot(), c.User!, c.GetArgument<SaveScenarioInput>("input")));
        mutation.Field<NonNullGraphType<DeleteScenarioPayloadGraphType>>("deleteScenario")
            .Description("Delete one of your saved scenarios (planners); its share link stops working.")
            .Argument<NonNullGraphType<DeleteScenarioInputGraphType>>("input", "Which scenario.")
            .AuthorizeWithRoles(Roles.Planner)
            .Resolve(c => ScenarioWrites.Delete(ScenarioQueryFields.Store(c), c.User!, c.GetArgument<DeleteScenarioInput>("input")));
    }
}
