using System.Globalization;
using System.Text;
using CyberSkillsGraph.Domain.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CyberSkillsGraph.Domain.Sssom;

/// <summary>
/// Reads an SSSOM mapping set (TSV with a <c>#</c>-prefixed YAML metadata block) into a dataset of
/// mappings. Every problem is collected with its line and column; a file with any problem yields
/// no dataset. Whether the mapped elements exist is left to the dataset validator.
/// </summary>
public static class SssomReader
{
    /// <summary>Largest file accepted: far above any real crosswalk, far below what would hurt the process.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public const int MaxRows = 100_000;

    private static readonly string[] RequiredColumns = ["subject_id", "predicate_id", "object_id", "mapping_justification"];

    /// <summary>The mapping field (as the dataset validator names it) that each column fills.</summary>
    private static readonly Dictionary<string, string> FieldOfColumn = new(StringComparer.Ordinal)
    {
        ["subject_id"] = "source", ["object_id"] = "target", ["predicate_id"] = "relationship", ["confidence"] = "strength",
        ["mapping_rationale"] = "rationale", ["correspondence"] = "correspondence", ["mapping_status"] = "status",
        ["author_label"] = "author", ["comment"] = "note",
    };

    public static SssomReadResult Read(string text)
    {
        var problems = new List<SssomProblem>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var metadataLines = lines.TakeWhile(l => l.StartsWith('#')).Count();
        var metadata = ReadMetadata(lines[..metadataLines], problems);
        var prefixes = Prefixes(metadata, problems);
        var setId = Scalar(metadata, "mapping_set_id");
        if (metadata is not null && setId is null) problems.Add(new SssomProblem(1, 0, "metadata: mapping_set_id is required"));
        var licence = Scalar(metadata, "license");
        if (metadata is not null && licence is null) problems.Add(new SssomProblem(1, 0, "metadata: license is required"));

        var headerLine = metadataLines;
        if (headerLine >= lines.Length || lines[headerLine].Length == 0)
        {
            problems.Add(new SssomProblem(headerLine + 1, 0, "the column header row is missing"));
            return new SssomReadResult(null, problems, [], new Dictionary<string, int>());
        }
        var header = lines[headerLine].Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            if (!columns.TryAdd(header[c], c)) problems.Add(new SssomProblem(headerLine + 1, c + 1, $"column '{header[c]}' appears twice"));
        }
        foreach (var required in RequiredColumns.Where(r => !columns.ContainsKey(r)))
            problems.Add(new SssomProblem(headerLine + 1, 0, $"required column '{required}' is missing"));

        var mappings = new List<Mapping>();
        var mappingLines = new List<int>();
        for (var i = headerLine + 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            if (mappings.Count + 1 > MaxRows)
            {
                problems.Add(new SssomProblem(i + 1, 0, $"more than {MaxRows} mappings"));
                break;
            }
            var mapping = ReadRow(i + 1, lines[i].Split('\t'), header.Length, columns, prefixes, problems);
            if (mapping is not null)
            {
                mappings.Add(mapping);
                mappingLines.Add(i + 1);
            }
        }

        var fieldColumns = FieldOfColumn.Where(f => columns.ContainsKey(f.Key)).ToDictionary(f => f.Value, f => columns[f.Key] + 1, StringComparer.Ordinal);
        if (problems.Count > 0) return new SssomReadResult(null, problems, mappingLines, fieldColumns);
        var info = new DatasetInfo(DatasetId(setId!), Scalar(metadata, "mapping_set_title") ?? setId!, setId!, licence, Scalar(metadata, "mapping_set_description"));
        return new SssomReadResult(new Dataset(info) { Mappings = mappings }, problems, mappingLines, fieldColumns);
    }

    private static YamlMappingNode? ReadMetadata(string[] lines, List<SssomProblem> problems)
    {
        if (lines.Length == 0)
        {
            problems.Add(new SssomProblem(1, 0, "the metadata block (lines starting with #) is missing"));
            return null;
        }
        var yaml = string.Join('\n', lines.Select(l => l[1..]));
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root) return root;
            problems.Add(new SssomProblem(1, 0, "the metadata block is not a YAML mapping"));
        }
        catch (YamlException e)
        {
            // The # stripped from each line shifts columns by one.
            problems.Add(new SssomProblem((int)e.Start.Line, (int)e.Start.Column + 1, $"metadata: {e.Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on some unterminated flow collections, without a position.
            problems.Add(new SssomProblem(1, 0, "metadata: malformed YAML (an unterminated [ or { ?)"));
        }
        return null;
    }

    private static Dictionary<string, string> Prefixes(YamlMappingNode? metadata, List<SssomProblem> problems)
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (metadata is null) return prefixes;
        if (!metadata.Children.TryGetValue(new YamlScalarNode("curie_map"), out var node) || node is not YamlMappingNode map)
        {
            problems.Add(new SssomProblem(1, 0, "metadata: curie_map is required and must map prefixes to IRIs"));
            return prefixes;
        }
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } prefix } && value is YamlScalarNode { Value: { } iri }) prefixes[prefix] = iri;
            else problems.Add(new SssomProblem((int)key.Start.Line, (int)key.Start.Column + 1, "metadata: each curie_map entry must be prefix: IRI"));
        }
        return prefixes;
    }

    private static string? Scalar(YamlMappingNode? metadata, string key) =>
        metadata is not null && metadata.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static Mapping? ReadRow(int line, string[] cells, int width, Dictionary<string, int> columns, Dictionary<string, string> prefixes, List<SssomProblem> problems)
    {
        if (cells.Length != width)
        {
            problems.Add(new SssomProblem(line, 0, $"{cells.Length} cells where the header has {width} columns"));
            return null;
        }
        var before = problems.Count;
        string? Cell(string column) => columns.TryGetValue(column, out var c) && cells[c].Length > 0 ? cells[c] : null;
        int ColumnOf(string column) => columns.TryGetValue(column, out var c) ? c + 1 : 0;
        void Problem(string column, string message) => problems.Add(new SssomProblem(line, ColumnOf(column), $"{column}: {message}"));

        string? Element(string column)
        {
            var curie = Cell(column);
            if (curie is null)
            {
                Problem(column, "is required");
                return null;
            }
            var colon = curie.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == curie.Length - 1)
            {
                Problem(column, $"'{curie}' is not a CURIE (prefix:local)");
                return null;
            }
            var (prefix, local) = (curie[..colon], curie[(colon + 1)..]);
            if (!prefixes.ContainsKey(prefix))
            {
                Problem(column, $"prefix '{prefix}' is not declared in curie_map");
                return null;
            }
            return prefix == SssomVocabulary.ElementPrefix ? Uri.UnescapeDataString(local) : curie;
        }

        var source = Element("subject_id");
        var target = Element("object_id");
        var predicate = Cell("predicate_id");
        var modifier = Cell("predicate_modifier");
        var relationship = predicate is null ? null : SssomVocabulary.ParseRelationship(predicate, modifier);
        if (predicate is null) Problem("predicate_id", "is required");
        else if (relationship is null)
            Problem(modifier is null ? "predicate_id" : "predicate_modifier", $"'{predicate}'{(modifier is null ? "" : " with modifier " + modifier)} is not one of skos:exactMatch, skos:broadMatch, skos:narrowMatch, skos:relatedMatch (optionally with predicate_modifier Not)");
        if (Cell("mapping_justification") is null) Problem("mapping_justification", "is required");

        int? strength = relationship switch { Relationship.Equal => 10, Relationship.NotRelated => 0, _ => null };
        if (Cell("confidence") is { } confidence)
        {
            if (decimal.TryParse(confidence, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1 && value * 10 == decimal.Truncate(value * 10))
                strength = (int)(value * 10);
            else Problem("confidence", $"'{confidence}' is not one of 0.0, 0.1, … 1.0 (mapping strength 0..10 divided by 10)");
        }
        else if (strength is null && relationship is not null) Problem("confidence", "is required for this predicate (mapping strength 0..10 divided by 10)");

        var status = MappingStatus.Proposed;
        if (Cell("mapping_status") is { } statusName)
        {
            if (SssomVocabulary.ParseStatus(statusName) is { } s) status = s;
            else Problem("mapping_status", $"'{statusName}' is not proposed or approved");
        }
        Rationale? rationale = null;
        if (Cell("mapping_rationale") is { } rationaleName)
        {
            rationale = SssomVocabulary.ParseRationale(rationaleName);
            if (rationale is null) Problem("mapping_rationale", $"'{rationaleName}' is not syntactic, semantic or functional");
        }
        Correspondence? correspondence = null;
        if (Cell("correspondence") is { } correspondenceName)
        {
            correspondence = SssomVocabulary.ParseCorrespondence(correspondenceName);
            if (correspondence is null) Problem("correspondence", $"'{correspondenceName}' is not IDT, MOD or NEQ");
        }

        if (problems.Count > before) return null;
        return new Mapping(source!, relationship!.Value, target!, strength!.Value, rationale, correspondence, status,
            Cell("author_label") ?? Cell("author_id"), Cell("comment"));
    }

    /// <summary>A dataset id from the mapping set id: its last path segment, lower case, letters, digits and dashes only.</summary>
    private static string DatasetId(string mappingSetId)
    {
        var segment = mappingSetId.TrimEnd('/');
        segment = segment[(segment.LastIndexOfAny(['/', '#', ':']) + 1)..];
        var id = new StringBuilder();
        foreach (var c in segment.ToLowerInvariant()) id.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var text = id.ToString().Trim('-');
        return text.Length == 0 ? "sssom" : text.Length > 64 ? text[..64] : text;
    }
}
