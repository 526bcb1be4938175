using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Api.Scenarios;
using GraphQL;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

public sealed class SavedScenarioGraphType : ObjectGraphType<SavedScenario>
{
    public SavedScenarioGraphType()
    {
        Name = "SavedScenario";
        Description = "A planner's named scenario. Anyone with its shareId can read it; only its owner can change or delete it, or get it from node(id).";
        Interface<NodeGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its id, for saveScenario and deleteScenario.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name its owner gave it.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IdGraphType>>("shareId").Description("The unguessable id of its read-only link: sharedScenario(shareId).").Resolve(c => c.Source.ShareId);
        Field<NonNullGraphType<LongGraphType>>("baseRevision").Description("The graph revision it was saved on.").Resolve(c => c.Source.BaseRevision);
        Field<NonNullGraphType<BooleanGraphType>>("stale").Description("True when the graph has changed since it was saved: its baseline has moved.").Resolve(c => c.Source.BaseRevision < c.Snapshot().Revision);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was first saved.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When it was last saved.").Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<StringGraphType>>("document").Description("The scenario as a JSON document, the format cyberskills gaps --scenario reads.").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<RegionGapReportGraphType>>("gaps")
            .Description("regionGaps under this scenario, on the current graph.")
            .Argument<NonNullGraphType<IdGraphType>>("region", "A region code.")
            .Argument<IntGraphType>("year", "The year; defaults to the latest with demand there under the scenario.")
            .WithComplexityImpact(QueryGraphType.SeveralAnalysesImpact)
            .Resolve(c => ScenarioInputs.Run("scenario", () => AnalysisCall.Run(() =>
                ScenarioAnalyses.RegionGaps(c.Snapshot(), c.GetArgument<string>("region"), c.GetArgument<int?>("year"), ScenarioWrites.ScenarioOf(c.Source)))));
    }
}
