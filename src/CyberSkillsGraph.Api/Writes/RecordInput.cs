using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// How a mutation's <c>input</c> becomes the one record it writes, so that the validator's problems, which point into
/// the record as a dataset document holds it (<c>$.trainingProgrammes[0].regions[0]</c>), can point into the input
/// instead (<c>["input", "regions", "0"]</c>).
/// </summary>
internal sealed class RecordInput(string array, IReadOnlySet<string> inputFields, IReadOnlyList<string>? notFoundField)
{
    private const string Argument = "input";
    private readonly string _prefix = $"$.{array}[0]";

    /// <summary>A new programme: the server makes its id, the token names its provider.</summary>
    public static readonly RecordInput NewProgramme = new("trainingProgrammes", ProgrammeFields(), null);

    /// <summary>A change to an existing programme, which the input names by id.</summary>
    public static readonly RecordInput ExistingProgramme = new("trainingProgrammes", ProgrammeFields("id", "version"), [Argument, "id"]);

    public static readonly RecordInput Mapping = new("mappings",
        new HashSet<string>(["source", "target", "relationship", "strength", "rationale", "correspondence", "note"], StringComparer.Ordinal), [Argument]);

    public static readonly RecordInput Demand = new("demand",
        new HashSet<string>(["region", "role", "year", "openings", "employed", "source", "note"], StringComparer.Ordinal), null);

    /// <summary>Where in the input a missing record was named; null when the mutation names none.</summary>
    public IReadOnlyList<string>? NotFoundField => notFoundField;

    /// <summary>
    /// The problem as a user error. A field of the record that the input does not carry (the provider, which the token
    /// names; a mapping's author) is reported against the input as a whole; a pending proposal's fields are the
    /// input's own. Paths in the message that point into the record are rewritten to point into the input too.
    /// </summary>
    public UserErrorResult ErrorOf(DatasetProblem problem)
    {
        var message = problem.Message.Replace(_prefix, Argument, StringComparison.Ordinal);
        if (!problem.Path.StartsWith(_prefix, StringComparison.Ordinal))
            return new UserErrorResult(null, UserErrorCode.Invalid, $"{problem.Path}: {message}");
        var segments = InputPath.Segments(problem.Path[_prefix.Length..]).ToList();
        if (segments is ["proposal", ..]) segments.RemoveAt(0);
        IReadOnlyList<string> field = segments.Count > 0 && inputFields.Contains(segments[0]) ? [Argument, .. segments] : [Argument];
        return new UserErrorResult(field, UserErrorCode.Invalid, message);
    }

    private static HashSet<string> ProgrammeFields(params string[] more) => new(
        ["title", "regions", "seatsPerYear", "hours", "delivery", "language", "develops", "preparesFor", "alignedWith", "note", .. more],
        StringComparer.Ordinal);
}
