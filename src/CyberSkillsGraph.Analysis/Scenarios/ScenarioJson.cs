using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// A scenario as a JSON document: what <c>cyberskills gaps --scenario FILE</c> reads and what a saved
/// scenario stores. <c>addProgrammes</c> and <c>demand</c> hold records exactly as a dataset document's
/// <c>trainingProgrammes</c> and <c>demand</c> do, and are read by <see cref="DatasetReader"/> (so a
/// misspelt field is an error there too); the other fields are <c>changeProgrammes</c>
/// (<c>{"programme", "seatsPerYear"?, "retire"?}</c>), <c>demandFactor</c>, <c>roleDemandFactors</c>
/// (<c>{"role", "factor"}</c>) and <c>includeProposed</c>. Every field may be left out.
/// </summary>
public static class ScenarioJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private static readonly HashSet<string> Fields = ["addProgrammes", "changeProgrammes", "demandFactor", "roleDemandFactors", "demand", "includeProposed"];

    public static string Write(Scenario scenario)
    {
        var root = new JsonObject();
        if (scenario.AddProgrammes.Count > 0) root["addProgrammes"] = JsonSerializer.SerializeToNode(scenario.AddProgrammes, Options);
        if (scenario.ChangeProgrammes.Count > 0)
            root["changeProgrammes"] = new JsonArray([.. scenario.ChangeProgrammes.Select(c => (JsonNode)Change(c))]);
        if (scenario.DemandFactor != 1m) root["demandFactor"] = scenario.DemandFactor;
        if (scenario.RoleDemandFactors.Count > 0)
            root["roleDemandFactors"] = new JsonArray([.. scenario.RoleDemandFactors.Select(f => (JsonNode)new JsonObject { ["role"] = f.Role, ["factor"] = f.Factor })]);
        if (scenario.Demand.Count > 0) root["demand"] = JsonSerializer.SerializeToNode(scenario.Demand, Options);
        if (scenario.IncludeProposed) root["includeProposed"] = true;
        return root.ToJsonString(Options) + "\n";

        static JsonObject Change(ProgrammeChange c)
        {
            var node = new JsonObject { ["programme"] = c.Programme };
            if (c.SeatsPerYear is { } seats) node["seatsPerYear"] = seats;
            if (c.Retire) node["retire"] = true;
            return node;
        }
    }

    /// <summary>The scenario, or null with every problem (each with its JSON path) when the document is malformed.</summary>
    public static (Scenario? Scenario, IReadOnlyList<DatasetProblem> Problems) Read(string json)
    {
        var problems = new List<DatasetProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return (null, [new DatasetProblem("$", $"is not JSON: {e.Message}")]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, [new DatasetProblem("$", "must be a JSON object")]);
            foreach (var property in root.EnumerateObject())
            {
                if (!Fields.Contains(property.Name)) problems.Add(new($"$.{property.Name}", $"is not a scenario field; the fields are {string.Join(", ", Fields)}"));
            }

            // Programmes and demand entries are read as a dataset document holding them, so they meet the reader's every rule.
            var records = new JsonObject { ["dataset"] = new JsonObject { ["id"] = ScenarioContent.DatasetId, ["title"] = "What-if scenario", ["source"] = "scenario" } };
            if (root.TryGetProperty("addProgrammes", out var added)) records["trainingProgrammes"] = JsonNode.Parse(added.GetRawText());
            if (root.TryGetProperty("demand", out var demand)) records["demand"] = JsonNode.Parse(demand.GetRawText());
            var read = DatasetReader.Read(records.ToJsonString());
            problems.AddRange(read.Problems.Select(p => p with
            {
                Path = p.Path.StartsWith("$.trainingProgrammes", StringComparison.Ordinal) ? "$.addProgrammes" + p.Path["$.trainingProgrammes".Length..] : p.Path,
            }));

            var changes = Array(root, "changeProgrammes", problems, (item, path) =>
            {
                Only(item, path, problems, "programme", "seatsPerYear", "retire");
                var programme = Text(item, "programme", path, problems);
                var seats = item.TryGetProperty("seatsPerYear", out var s) ? Integer(s, $"{path}.seatsPerYear", problems) : null;
                var retire = item.TryGetProperty("retire", out var r) && Boolean(r, $"{path}.retire", problems);
                return new ProgrammeChange(programme, seats, retire);
            });
            var factors = Array(root, "roleDemandFactors", problems, (item, path) =>
            {
                Only(item, path, problems, "role", "factor");
                var role = Text(item, "role", path, problems);
                var factor = item.TryGetProperty("factor", out var f) ? Number(f, $"{path}.factor", problems) : Missing($"{path}.factor", problems);
                return new RoleDemandFactor(role, factor);
            });
            var demandFactor = root.TryGetProperty("demandFactor", out var df) ? Number(df, "$.demandFactor", problems) : 1m;
            var includeProposed = root.TryGetProperty("includeProposed", out var ip) && Boolean(ip, "$.includeProposed", problems);
            if (problems.Count > 0) return (null, problems);
            return (new Scenario
            {
                AddProgrammes = read.Dataset!.TrainingProgrammes,
                ChangeProgrammes = changes,
                DemandFactor = demandFactor,
                RoleDemandFactors = factors,
                Demand = read.Dataset.Demand,
                IncludeProposed = includeProposed,
            }, problems);
        }
    }

    private static List<T> Array<T>(JsonElement root, string name, List<DatasetProblem> problems, Func<JsonElement, string, T> item)
    {
        if (!root.TryGetProperty(name, out var array)) return [];
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new($"$.{name}", "must be an array"));
            return [];
        }
        var items = new List<T>();
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.{name}[{i++}]";
            if (element.ValueKind != JsonValueKind.Object) problems.Add(new(path, "must be an object"));
            else items.Add(item(element, path));
        }
        return items;
    }

    private static void Only(JsonElement item, string path, List<DatasetProblem> problems, params string[] fields)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (!fields.Contains(property.Name)) problems.Add(new($"{path}.{property.Name}", $"is not a field here; the fields are {string.Join(", ", fields)}"));
        }
    }

    private static string Text(JsonElement item, string name, string path, List<DatasetProblem> problems)
    {
        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString()!;
        problems.Add(new($"{path}.{name}", "must be a string"));
        return "";
    }

    private static int? Integer(JsonElement value, string path, List<DatasetProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        problems.Add(new(path, "must be a whole number"));
        return null;
    }

    private static decimal Number(JsonElement value, string path, List<DatasetProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)) return number;
        problems.Add(new(path, "must be a number"));
        return 1m;
    }

    private static decimal Missing(string path, List<DatasetProblem> problems)
    {
        problems.Add(new(path, "is required"));
        return 1m;
    }

    private static bool Boolean(JsonElement value, string path, List<DatasetProblem> problems)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        problems.Add(new(path, "must be true or false"));
        return false;
    }
}
