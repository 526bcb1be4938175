using System.Text.Json;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// Turns a dataset document (docs/data.md, "The schema") into a <see cref="Dataset"/>, reporting every
/// structural problem (malformed JSON, wrong types, missing or unknown fields, bad enum values)
/// with its JSON path. Cross-record rules are <see cref="DatasetValidator"/>'s job.
/// </summary>
public static class DatasetReader
{
    private static readonly Dictionary<string, Relationship> Relationships = new(StringComparer.Ordinal)
    {
        ["equal"] = Relationship.Equal,
        ["subset_of"] = Relationship.SubsetOf,
        ["superset_of"] = Relationship.SupersetOf,
        ["intersects_with"] = Relationship.IntersectsWith,
        ["not_related"] = Relationship.NotRelated,
    };

    private static readonly Dictionary<string, Rationale> Rationales = new(StringComparer.Ordinal)
    {
        ["syntactic"] = Rationale.Syntactic,
        ["semantic"] = Rationale.Semantic,
        ["functional"] = Rationale.Functional,
    };

    private static readonly Dictionary<string, Correspondence> Correspondences = new(StringComparer.Ordinal)
    {
        ["IDT"] = Correspondence.Identical,
        ["MOD"] = Correspondence.Modified,
        ["NEQ"] = Correspondence.NotEquivalent,
    };

    private static readonly Dictionary<string, MappingStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["proposed"] = MappingStatus.Proposed,
        ["approved"] = MappingStatus.Approved,
    };

    /// <summary>How each kind's array is read, under its JSON name, in the order of <see cref="RecordKinds.All"/>.</summary>
    private static readonly IReadOnlyList<Func<JsonObjectReader, Dataset, Dataset>> Kinds = RecordKinds.Complete<(IRecordKind Kind, Func<JsonObjectReader, Dataset, Dataset> Read)>(
        [
            Reads(RecordKinds.Regions, ReadRegion),
            Reads(RecordKinds.Frameworks, ReadFramework),
            Reads(RecordKinds.Competences, ReadCompetence),
            Reads(RecordKinds.Roles, ReadRole),
            Reads(RecordKinds.Standards, ReadStandard),
            Reads(RecordKinds.Mappings, ReadMapping),
            Reads(RecordKinds.Providers, ReadProvider),
            Reads(RecordKinds.TrainingProgrammes, ReadProgramme),
            Reads(RecordKinds.Demand, ReadDemand),
        ], k => k.Kind, "The dataset reader").Select(k => k.Read).ToArray();

    private static (IRecordKind, Func<JsonObjectReader, Dataset, Dataset>) Reads<T>(RecordKind<T> kind, Func<JsonObjectReader, T> read) =>
        (kind, (document, dataset) => kind.With(dataset, document.Objects(kind.JsonName, read)));

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    public static DatasetReadResult Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, ParseOptions);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return Malformed(e);
        }
    }

    public static async Task<DatasetReadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(utf8Json, ParseOptions, cancellationToken);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return Malformed(e);
        }
    }

    private static DatasetReadResult Malformed(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
        return new DatasetReadResult(null, [new DatasetProblem(e.Path ?? "$", $"malformed JSON{where}")]);
    }

    private static DatasetReadResult Read(JsonElement root)
    {
        var problems = new List<DatasetProblem>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new DatasetProblem("$", "a dataset document must be a JSON object"));
            return new DatasetReadResult(null, problems);
        }
        var document = new JsonObjectReader(root, "$", problems);
        var info = ReadInfo(document, problems);
        var dataset = Kinds.Aggregate(new Dataset(info), (read, kind) => kind(document, read));
        document.RejectUnknownFields();
        return new DatasetReadResult(dataset, problems);
    }

    private static DatasetInfo ReadInfo(JsonObjectReader document, List<DatasetProblem> problems)
    {
        if (!document.TryGetRaw("dataset", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            document.Problem("dataset", "is required: an object with id, title and source");
            return new DatasetInfo("", "", "", null);
        }
        var reader = new JsonObjectReader(element, "$.dataset", problems);
        var info = new DatasetInfo(
            reader.String("id", required: true) ?? "",
            reader.String("title", required: true) ?? "",
            reader.String("source", required: true) ?? "",
            reader.String("licence"),
            reader.String("note"));
        reader.RejectUnknownFields();
        return info;
    }

    private static Region ReadRegion(JsonObjectReader r) => new(
        r.String("code", required: true) ?? "",
        r.String("name", required: true) ?? "",
        r.String("parent"),
        r.String("note"));

    private static Framework ReadFramework(JsonObjectReader r) => new(
        r.String("id", required: true) ?? "",
        r.String("name", required: true) ?? "",
        r.String("version"),
        r.String("publisher"),
        r.String("region"),
        r.Word("kind", Vocabulary.FrameworkKinds, required: true) ?? "",
        r.Objects("categories", c => new FrameworkCategory(
            c.String("code", required: true) ?? "",
            c.String("name", required: true) ?? "")),
        r.String("source"),
        r.String("note"));

    private static Competence ReadCompetence(JsonObjectReader r) => new(
        r.String("id", required: true) ?? "",
        r.String("framework", required: true) ?? "",
        r.String("code", required: true) ?? "",
        r.String("title", required: true) ?? "",
        r.Int("minLevel", required: true) ?? 1,
        r.Int("maxLevel", required: true) ?? 5,
        r.String("area"),
        r.String("note"));

    private static CompetenceLevel ReadCompetenceLevel(JsonObjectReader r) => new(
        r.String("competence", required: true) ?? "",
        r.Int("level", required: true) ?? 1);

    private static Role ReadRole(JsonObjectReader r) => new(
        r.String("id", required: true) ?? "",
        r.String("framework", required: true) ?? "",
        r.String("title", required: true) ?? "",
        r.StringArray("altTitles"),
        r.String("summary"),
        r.Objects("requires", ReadCompetenceLevel),
        r.String("category"),
        r.String("note"));

    private static Standard ReadStandard(JsonObjectReader r) => new(
        r.String("id", required: true) ?? "",
        r.String("title", required: true) ?? "",
        r.String("body"),
        r.String("region"),
        r.Word("kind", Vocabulary.StandardKinds, required: true) ?? "",
        r.String("published"),
        r.String("url"),
        r.String("note"));

    private static Mapping ReadMapping(JsonObjectReader r) => new(
        r.String("source", required: true) ?? "",
        r.Choice("relationship", Relationships, required: true) ?? Relationship.IntersectsWith,
        r.String("target", required: true) ?? "",
        r.Int("strength", required: true) ?? 0,
        r.Choice("rationale", Rationales),
        r.Choice("correspondence", Correspondences),
        r.Choice("status", Statuses) ?? MappingStatus.Approved,
        r.String("author"),
        r.String("note"),
        r.Object("proposal", ReadProposal));

    private static MappingProposal ReadProposal(JsonObjectReader r) => new(
        r.Choice("relationship", Relationships, required: true) ?? Relationship.IntersectsWith,
        r.Int("strength", required: true) ?? 0,
        r.Choice("rationale", Rationales),
        r.Choice("correspondence", Correspondences),
        r.String("author"),
        r.String("note"));

    private static Provider ReadProvider(JsonObjectReader r) => new(
        r.String("id", required: true) ?? "",
        r.String("name", required: true) ?? "",
        r.String("region"),
        r.String("note"));

    private static TrainingProgramme ReadProgramme(JsonObjectReader r) => new(
        r.String("id", required: true) ?? "",
        r.String("title", required: true) ?? "",
        r.String("provider", required: true) ?? "",
        r.StringArray("regions"),
        r.Int("seatsPerYear", required: true) ?? 0,
        r.Int("hours", required: true) ?? 0,
        r.Word("delivery", Vocabulary.DeliveryModes),
        r.String("language"),
        r.Objects("develops", ReadCompetenceLevel),
        r.StringArray("preparesFor"),
        r.StringArray("alignedWith"),
        r.String("note"),
        r.Bool("retired") == true ? true : null);

    private static DemandEntry ReadDemand(JsonObjectReader r) => new(
        r.String("region", required: true) ?? "",
        r.String("role", required: true) ?? "",
        r.Int("year", required: true) ?? 0,
        r.Int("openings", required: true) ?? 0,
        r.Int("employed"),
        r.String("source"),
        r.String("note"));
}
