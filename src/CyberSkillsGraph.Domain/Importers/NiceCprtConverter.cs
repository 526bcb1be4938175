using System.Globalization;
using System.Text.Json;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Importers;

/// <summary>
/// Turns NIST's NICE Framework components file in CPRT format (<c>documents</c>, <c>elements</c>,
/// <c>relationships</c>) into a dataset: one role framework with the work role categories and every
/// work role, each role in the category that projects onto it and with its OPM code in its note.
/// Tasks, knowledge, skills and competency areas are counted but not loaded. Problems carry the
/// JSON path of the element at fault.
/// </summary>
public static class NiceCprtConverter
{
    public const int MaxBytes = 32 * 1024 * 1024;

    public static NiceCprtResult Convert(string json, string frameworkId, string datasetId, string source)
    {
        var problems = new List<DatasetProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new NiceCprtResult(null, [new DatasetProblem("$", $"malformed JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}")], new Dictionary<string, int>());
        }
        using (document)
        {
            var root = document.RootElement;
            var (name, version) = ReadDocument(root, problems);
            var elements = Array(root, "elements", problems);
            var relationships = Array(root, "relationships", problems);
            if (problems.Count > 0) return new NiceCprtResult(null, problems, new Dictionary<string, int>());

            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var types = new Dictionary<string, string>(StringComparer.Ordinal);
            var categories = new List<FrameworkCategory>();
            var roles = new List<(string Id, string Title, string Path)>();
            for (var i = 0; i < elements.Count; i++)
            {
                var path = $"$.elements[{i}]";
                var type = Text(elements[i], "element_type", path, problems);
                var id = Text(elements[i], "element_identifier", path, problems);
                if (type is null || id is null) continue;
                counts[type] = counts.GetValueOrDefault(type) + 1;
                types[id] = type;
                var title = elements[i].TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? Clean(t.GetString()!) : "";
                if (type is "category" or "work_role" && title.Length == 0) problems.Add(new DatasetProblem($"{path}.title", "a category or work role needs a title"));
                else if (type == "category") categories.Add(new FrameworkCategory(id, TitleCase(title)));
                else if (type == "work_role") roles.Add((id, title, path));
            }

            var categoryOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var opmCodes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            for (var i = 0; i < relationships.Count; i++)
            {
                var path = $"$.relationships[{i}]";
                var from = Text(relationships[i], "source_element_identifier", path, problems);
                var to = Text(relationships[i], "dest_element_identifier", path, problems);
                if (from is null || to is null) continue;
                if (types.GetValueOrDefault(from) == "category" && types.GetValueOrDefault(to) == "work_role") categoryOf[to] = from;
                else if (types.GetValueOrDefault(from) == "work_role" && types.GetValueOrDefault(to) == "opm_code")
                {
                    if (!opmCodes.TryGetValue(from, out var codes)) opmCodes[from] = codes = [];
                    codes.Add(to);
                }
            }

            var roleRecords = new List<Role>();
            foreach (var (id, title, path) in roles)
            {
                if (!categoryOf.TryGetValue(id, out var category))
                {
                    problems.Add(new DatasetProblem($"{path}.element_identifier", $"work role '{id}' belongs to no category (no category-to-role relationship)"));
                    continue;
                }
                var note = opmCodes.TryGetValue(id, out var codes)
                    ? $"OPM cybersecurity work role code {string.Join('/', codes)} in NIST's component file."
                    : "No OPM code in NIST's component file.";
                roleRecords.Add(new Role($"{frameworkId}:{id}", frameworkId, title, [], null, [], category, note));
            }
            if (roleRecords.Count == 0 && problems.Count == 0) problems.Add(new DatasetProblem("$.elements", "the file has no work_role elements"));
            if (problems.Count > 0) return new NiceCprtResult(null, problems, counts);

            var framework = new Framework(frameworkId, name!, $"Components v{version}", "NIST", null, "role-framework", categories, source,
                $"Imported from NIST's CPRT components file (version {version}): {categories.Count} categories and {roleRecords.Count} work roles. " +
                "Task, knowledge and skill statements and competency areas are not loaded. Roles carry no e-CF requirements.");
            var info = new DatasetInfo(datasetId, $"{name}, Components v{version}: work roles (imported from NIST CPRT JSON)", source,
                "NIST data, a work of the US Government (public domain in the United States).",
                string.Create(CultureInfo.InvariantCulture, $"Converted by cyberskills nice import; element counts in the file: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}."));
            return new NiceCprtResult(new Dataset(info) { Frameworks = [framework], Roles = roleRecords }, problems, counts);
        }
    }

    private static (string? Name, string? Version) ReadDocument(JsonElement root, List<DatasetProblem> problems)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array || documents.GetArrayLength() == 0)
        {
            problems.Add(new DatasetProblem("$.documents", "a CPRT file starts with a non-empty documents array"));
            return (null, null);
        }
        var first = documents[0];
        return (Text(first, "name", "$.documents[0]", problems), Text(first, "version", "$.documents[0]", problems));
    }

    private static List<JsonElement> Array(JsonElement root, string name, List<DatasetProblem> problems)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
            return [.. array.EnumerateArray()];
        problems.Add(new DatasetProblem($"$.{name}", "must be an array"));
        return [];
    }

    private static string? Text(JsonElement element, string property, string path, List<DatasetProblem> problems)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && Clean(value.GetString()!) is { Length: > 0 } text)
            return text;
        problems.Add(new DatasetProblem($"{path}.{property}", "must be a non-empty string"));
        return null;
    }

    /// <summary>NIST's titles carry stray no-break spaces; ids and titles are compared and shown trimmed.</summary>
    private static string Clean(string text) => text.Replace('\u00a0', ' ').Trim();

    /// <summary>"OVERSIGHT and GOVERNANCE" as NIST prints category titles, read as "Oversight and Governance".</summary>
    private static string TitleCase(string title) => string.Join(' ', title.Split(' ').Select(word =>
        word.Length == 0 || word.Any(char.IsLower) ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));
}
