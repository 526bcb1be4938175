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
    public static readonly RecordInput ChangedProgramme = new("trainingProgrammes", ProgrammeFields("id", "version"), [Argument, "id"]);

    /// <summary>A programme retired: the input names it by id and carries nothing else.</summary>
    public static readonly RecordInput RetiredProgramme = new("trainingProgrammes", Fields("id"), [Argument, "id"]);

    public static readonly RecordInput Mapping = new("mappings",
        Fields("source", "target", "relationship", "strength", "rationale", "correspondence", "note"), [Argument]);

    /// <summary>A mapping approved: the input names it by its ends.</summary>
    public static readonly RecordInput ApprovedMapping = new("mappings", Fields("source", "target"), [Argument]);

    public static readonly RecordInput Demand = new("demand", Fields("region", "role", "year", "openings", "employed", "source", "note"), null);

    /// <summary>Where in the input a missing record was named; null when the mutation names none.</summary>
    public IReadOnlyList<string>? NotFoundField => notFoundField;

    /// <summary>
    /// The problem as a user error. A field of the record that the input does not carry (the provider, which the token
    /// names; a mapping's author; a retired programme's title) is reported against the input as a whole, its name
    /// leading the message; a pending proposal's fields are the input's own. Paths in the message that point into the
    /// record are rewritten to point into the input too.
    /// </summary>
    public UserErrorResult ErrorOf(DatasetProblem problem)
    {
        var message = problem.Message.Replace(_prefix, Argument, StringComparison.Ordinal);
        if (!problem.Path.StartsWith(_prefix, StringComparison.Ordinal))
            return new UserErrorResult(null, UserErrorCode.Invalid, $"{problem.Path}: {message}");
        var segments = InputPath.Segments(problem.Path[_prefix.Length..]).ToList();
        if (segments is ["proposal", ..]) segments.RemoveAt(0);
        if (segments.Count == 0) return new UserErrorResult([Argument], UserErrorCode.Invalid, message);
        return inputFields.Contains(segments[0])
            ? new UserErrorResult([Argument, .. segments], UserErrorCode.Invalid, message)
            : new UserErrorResult([Argument], UserErrorCode.Invalid, $"{string.Join('.', segments)}: {message}");
    }

    private static HashSet<string> Fields(params string[] names) => new(names, StringComparer.Ordinal);

    private static HashSet<string> ProgrammeFields(params string[] more) =>
        Fields(["title", "regions", "seatsPerYear", "hours", "delivery", "language", "develops", "preparesFor", "alignedWith", "note", .. more]);
}
