using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Api.Scenarios;
using GraphQL;
using GraphQL.Validation.Complexity;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>
/// The optional <c>scenario</c> argument of regionGaps and learningPath: without it they answer for the stored
/// graph; with it they answer as if the scenario were written, without writing it, and cost what a scenario costs.
/// </summary>
internal static class ScenarioArgument
{
    public const string Name = "scenario";

    public const string Description = "A what-if change: the answer as if it were written, computed without writing anything. Without it, the stored graph's answer.";

    /// <summary>A scenario costs several analyses (it reads the stored answer beside its own); without one the field costs one analysis.</summary>
    public static FieldComplexityResult Impact(FieldImpactContext context) =>
        new(context.Arguments is { } arguments && arguments.TryGetValue(Name, out var value) && value.Value is not null
            ? QueryGraphType.SeveralAnalysesImpact
            : QueryGraphType.AnalysisImpact, 1);

    public static RegionGapReport RegionGaps(IResolveFieldContext c)
    {
        var (region, year, includeProposed) = (c.GetArgument<string>("region"), c.GetArgument<int?>("year"), c.GetArgument<bool>("includeProposed"));
        if (ScenarioOf(c) is not { } scenario)
            return AnalysisCall.Run(() => GraphAnalyses.RegionGaps(c.Snapshot(), region, year, includeProposed));
        // includeProposed asks the same of a scenario as the scenario's own flag does.
        if (includeProposed) scenario = scenario with { IncludeProposed = true };
        return ScenarioInputs.Run(Name, () => AnalysisCall.Run(() => ScenarioAnalyses.RegionGaps(c.Snapshot(), region, year, scenario)));
    }

    public static LearningPath LearningPath(IResolveFieldContext c)
    {
        var (role, region) = (c.GetArgument<string>("role"), c.GetArgument<string>("region"));
        return ScenarioOf(c) is { } scenario
            ? ScenarioInputs.Run(Name, () => AnalysisCall.Run(() => ScenarioAnalyses.LearningPath(c.Snapshot(), role, region, scenario)))
            : AnalysisCall.Run(() => GraphAnalyses.LearningPath(c.Snapshot(), role, region));
    }

    private static Scenario? ScenarioOf(IResolveFieldContext c) =>
        c.GetArgument<ScenarioInput?>(Name) is { } input ? ScenarioInputs.ToScenario(input) : null;
}
