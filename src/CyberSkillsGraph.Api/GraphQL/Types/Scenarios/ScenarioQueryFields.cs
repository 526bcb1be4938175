using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Scenarios;
using GraphQL;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The read fields of what-if planning, trends and role bridges, added to Query in one call so that Query's own file stays as it is.</summary>
internal static class ScenarioQueryFields
{
    public static void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<GapTrendGraphType>>("gapTrend")
            .Description("Demand, supply and gap of one competence at one level in a region, for every year with demand there.")
            .Argument<NonNullGraphType<IdGraphType>>("region", "A region code.")
            .Argument<NonNullGraphType<IdGraphType>>("competence", "The competence.")
            .Argument<NonNullGraphType<IntGraphType>>("level", "The level, 1..5.")
            .WithComplexityImpact(QueryGraphType.SeveralAnalysesImpact)
            .Resolve(c => AnalysisCall.Run(() => GraphAnalyses.GapTrend(c.Snapshot(), c.GetArgument<string>("region"), c.GetArgument<string>("competence"), c.GetArgument<int>("level"))));
        query.Field<NonNullGraphType<RegionTrendGraphType>>("regionTrend")
            .Description("A region's gap totals for every year with demand there.")
            .Argument<NonNullGraphType<IdGraphType>>("region", "A region code.")
            .WithComplexityImpact(QueryGraphType.SeveralAnalysesImpact)
            .Resolve(c => AnalysisCall.Run(() => GraphAnalyses.RegionTrend(c.Snapshot(), c.GetArgument<string>("region"))));
        query.Field<NonNullGraphType<RoleBridgeGraphType>>("roleBridge")
            .Description("For a person holding role from and aiming at role to: which of to's requirements from covers through approved mappings, partially or not at all, and the learning path in region for the rest.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The role held.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The role aimed at.")
            .Argument<IdGraphType>("region", "Where the person is; without it there is no learning path.")
            .WithComplexityImpact(QueryGraphType.AnalysisImpact)
            .Resolve(c => AnalysisCall.Run(() => GraphAnalyses.RoleBridge(c.Snapshot(), c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<string?>("region"))));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedScenarioGraphType>>>>("myScenarios")
            .Description("Your saved scenarios, by name (planners).")
            .AuthorizeWithRoles(Roles.Planner)
            .Resolve(c => Store(c).ListOwnedBy(ScenarioWrites.Owner(c.User!)));
        query.Field<SavedScenarioGraphType>("sharedScenario")
            .Description("A saved scenario by its share link id, read-only; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("shareId", "The shareId its owner passed on.")
            .Resolve(c => c.GetArgument<string>("shareId") is { Length: <= 64 } shareId ? Store(c).FindShared(shareId) : null);
    }

    internal static ScenarioStore Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ScenarioStore>();
}
