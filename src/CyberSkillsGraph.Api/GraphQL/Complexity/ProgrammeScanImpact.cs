using CyberSkillsGraph.Analysis.Queries;
using GraphQL.Validation.Complexity;

namespace CyberSkillsGraph.Api.GraphQL.Complexity;

/// <summary>
/// The query cost of <c>trainingProgrammes</c> itself, beside its page: the finder checks every programme against
/// the filter and every search word, about a microsecond (one cost unit) for twenty such checks. At synthetic scale L
/// (200,000 programmes) a search of one word costs 20,000, so aliases cannot hide hundreds of full scans.
/// </summary>
internal static class ProgrammeScanImpact
{
    private const int ChecksPerUnit = 20;

    public static FieldComplexityResult Of(FieldImpactContext context)
    {
        var programmes = context.ValidationContext.UserContext is GraphQLUserContext user ? user.Snapshot.Programmes.Count : 0;
        var search = context.Arguments is { } arguments && arguments.TryGetValue("search", out var value) ? value.Value as string : null;
        // An over-long search is refused when it runs; until then it is charged as the longest allowed.
        var words = search?.Length > ProgrammeFilter.MaxSearchLength
            ? ProgrammeFilter.MaxSearchWords
            : Math.Min(ProgrammeFilter.WordsOf(search).Length, ProgrammeFilter.MaxSearchWords);
        return new FieldComplexityResult(Math.Max(1, (double)programmes * (1 + words) / ChecksPerUnit), 1);
    }
}
