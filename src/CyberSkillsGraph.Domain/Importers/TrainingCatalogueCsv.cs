using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Importers;

/// <summary>
/// A provider's training catalogue as CSV (RFC 4180, UTF-8, comma-separated, header row first):
/// one row per programme, with its provider on the same row. List cells separate their items with
/// semicolons; <c>develops</c> items are <c>competence@level</c>. The columns are documented in
/// docs/exchange.md and shown in docs/templates/training-catalogue.csv.
/// </summary>
public static partial class TrainingCatalogueCsv
{
    public const int MaxBytes = 8 * 1024 * 1024;
    public const int MaxRows = 20_000;

    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["provider_id", "provider_name", "programme_id", "title", "regions", "seats_per_year", "hours", "develops"];

    public static IReadOnlyList<string> OptionalColumns { get; } =
        ["provider_region", "delivery", "language", "prepares_for", "aligned_with", "note"];

    /// <summary>The CSV column each dataset field of a programme or provider comes from, to place validator problems.</summary>
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["id"] = "programme_id", ["title"] = "title", ["provider"] = "provider_id", ["regions"] = "regions",
        ["seatsPerYear"] = "seats_per_year", ["hours"] = "hours", ["delivery"] = "delivery", ["language"] = "language",
        ["develops"] = "develops", ["preparesFor"] = "prepares_for", ["alignedWith"] = "aligned_with", ["note"] = "note",
    };

    private static readonly Dictionary<string, string> ColumnOfProviderField = new(StringComparer.Ordinal)
    {
        ["id"] = "provider_id", ["name"] = "provider_name", ["region"] = "provider_region", ["note"] = "provider_id",
    };

    public static CatalogueReadResult Read(TextReader text, DatasetInfo info)
    {
        var problems = new List<CatalogueProblem>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            BadDataFound = args => problems.Add(new CatalogueProblem(args.Context.Parser?.Row ?? 0, null, "a quote inside an unquoted cell, or an unterminated quoted cell")),
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            return new CatalogueReadResult(null, [new CatalogueProblem(1, null, "the header row is missing")], [], []);

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            var name = header[c].Trim();
            if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name)) problems.Add(new CatalogueProblem(1, name, "unknown column"));
            else if (!columns.TryAdd(name, c)) problems.Add(new CatalogueProblem(1, name, "the column appears twice"));
        }
        foreach (var missing in RequiredColumns.Where(r => !columns.ContainsKey(r))) problems.Add(new CatalogueProblem(1, missing, "required column is missing"));
        if (problems.Count > 0) return new CatalogueReadResult(null, problems, [], []);

        var programmes = new List<TrainingProgramme>();
        var programmeRows = new List<int>();
        var providers = new List<Provider>();
        var providerRows = new List<int>();
        var providerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            if (programmes.Count >= MaxRows)
            {
                problems.Add(new CatalogueProblem(row, null, $"more than {MaxRows} programmes"));
                break;
            }
            if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace)) continue;
            if (csv.Parser.Count != header.Length)
            {
                problems.Add(new CatalogueProblem(row, null, $"{csv.Parser.Count} cells where the header has {header.Length} columns"));
                continue;
            }
            string? Cell(string column) => columns.TryGetValue(column, out var c) && csv.GetField(c) is { } v && v.Trim() is { Length: > 0 } t ? t : null;
            string Required(string column)
            {
                var value = Cell(column);
                if (value is null) problems.Add(new CatalogueProblem(row, column, "is required"));
                return value ?? "";
            }
            int Count(string column)
            {
                var value = Required(column);
                if (value.Length == 0) return 0;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
                problems.Add(new CatalogueProblem(row, column, $"'{value}' is not a whole number of 0 or more"));
                return 0;
            }
            IReadOnlyList<string> List(string column) => (Cell(column) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

            var providerId = Required("provider_id");
            var providerName = Required("provider_name");
            var providerRegion = Cell("provider_region");
            var develops = new List<CompetenceLevel>();
            foreach (var item in List("develops"))
            {
                var match = CompetenceAtLevel().Match(item);
                if (match.Success) develops.Add(new CompetenceLevel(match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)));
                else problems.Add(new CatalogueProblem(row, "develops", $"'{item}' is not competence@level (for example ECF:E.8@3)"));
            }
            if (develops.Count == 0 && Cell("develops") is null) problems.Add(new CatalogueProblem(row, "develops", "is required"));
            var programme = new TrainingProgramme(Required("programme_id"), Required("title"), providerId, List("regions"), Count("seats_per_year"), Count("hours"),
                Cell("delivery"), Cell("language"), develops, List("prepares_for"), List("aligned_with"), Cell("note"));
            if (programme.Regions.Count == 0) problems.Add(new CatalogueProblem(row, "regions", Cell("regions") is null ? "is required" : "lists no region"));

            if (providerId.Length > 0 && providerName.Length > 0)
            {
                if (providerIndex.TryGetValue(providerId, out var known))
                {
                    var first = providers[known];
                    if (first.Name != providerName) problems.Add(new CatalogueProblem(row, "provider_name", $"differs from row {providerRows[known]} for provider '{providerId}'"));
                    if (first.Region != providerRegion) problems.Add(new CatalogueProblem(row, "provider_region", $"differs from row {providerRows[known]} for provider '{providerId}'"));
                }
                else
                {
                    providerIndex[providerId] = providers.Count;
                    providers.Add(new Provider(providerId, providerName, providerRegion));
                    providerRows.Add(row);
                }
            }
            programmes.Add(programme);
            programmeRows.Add(row);
        }
        if (programmes.Count == 0 && problems.Count == 0) problems.Add(new CatalogueProblem(2, null, "the catalogue has no programme rows"));
        // The rows that could be read are returned even when others could not, so that the graph checks can report their problems too.
        return new CatalogueReadResult(new Dataset(info) { Providers = providers, TrainingProgrammes = programmes }, problems, programmeRows, providerRows);
    }

    /// <summary>A validator problem about a programme or provider, told as the row and column of the catalogue it came from.</summary>
    public static CatalogueProblem Locate(DatasetProblem problem, CatalogueReadResult read)
    {
        var match = RecordPath().Match(problem.Path);
        if (match.Success && int.TryParse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture, out var index))
        {
            var programmes = match.Groups[1].Value == "trainingProgrammes";
            var rows = programmes ? read.ProgrammeRows : read.ProviderRows;
            var columns = programmes ? ColumnOfField : ColumnOfProviderField;
            if (index < rows.Count)
                return new CatalogueProblem(rows[index], match.Groups[3].Success ? columns.GetValueOrDefault(match.Groups[3].Value) : null, problem.Message);
        }
        return new CatalogueProblem(0, null, $"{problem.Path}: {problem.Message}");
    }

    [GeneratedRegex(@"^([^@\s]+)@([1-5])$")]
    private static partial Regex CompetenceAtLevel();

    [GeneratedRegex(@"^\$\.(trainingProgrammes|providers)\[(\d+)\](?:\.(\w+))?")]
    private static partial Regex RecordPath();
}
