using System.Globalization;
using System.Text.Json;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// Reads the fields of one JSON object, recording a problem with its JSON path for every field that
/// is missing, of the wrong type or unknown, so that a document reports all of its problems at once.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly List<DatasetProblem> _problems;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string path, List<DatasetProblem> problems)
    {
        _element = element;
        Path = path;
        // An element that is not an object was reported once; its fields are not reported again.
        _problems = element.ValueKind == JsonValueKind.Object ? problems : [];
    }

    public string Path { get; }

    public string FieldPath(string name) => $"{Path}.{name}";

    public void Problem(string name, string message) => _problems.Add(new DatasetProblem(FieldPath(name), message));

    public void ProblemAt(string path, string message) => _problems.Add(new DatasetProblem(path, message));

    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (required && string.IsNullOrWhiteSpace(text)) Problem(name, "must not be empty");
            return text;
        }
        Problem(name, $"must be a string, not {Describe(value)}");
        return null;
    }

    public int? Int(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        Problem(name, value.ValueKind == JsonValueKind.Number
            ? $"{value.GetRawText()} is not a whole number in the 32-bit range"
            : $"must be a whole number, not {Describe(value)}");
        return null;
    }

    public bool? Bool(string name)
    {
        if (!TryGet(name, required: false, out var value)) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Problem(name, $"must be true or false, not {Describe(value)}");
        return null;
    }

    public IReadOnlyList<string> StringArray(string name)
    {
        if (!TryGet(name, required: false, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"must be an array of strings, not {Describe(value)}");
            return [];
        }
        var items = new List<string>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                items.Add(item.GetString()!);
            else
                ProblemAt($"{FieldPath(name)}[{index}]", $"must be a non-empty string, not {Describe(item)}");
            index++;
        }
        return items;
    }

    public IReadOnlyList<T> Objects<T>(string name, Func<JsonObjectReader, T> read, bool required = false)
    {
        if (!TryGet(name, required, out var value)) return [];
        return ReadObjects(value, FieldPath(name), _problems, read);
    }

    /// <summary>Reads an optional nested object, reporting its problems under its own path.</summary>
    public T? Object<T>(string name, Func<JsonObjectReader, T> read) where T : class
    {
        if (!TryGet(name, required: false, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Problem(name, $"must be an object, not {Describe(value)}");
            return null;
        }
        var reader = new JsonObjectReader(value, FieldPath(name), _problems);
        var item = read(reader);
        reader.RejectUnknownFields();
        return item;
    }

    /// <summary>Reads a string field that must be one of the given names (case-sensitive, as in the contract).</summary>
    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> choices, bool required = false)
        where T : struct
    {
        var text = String(name, required);
        if (text is null) return null;
        if (choices.TryGetValue(text, out var choice)) return choice;
        Problem(name, $"'{text}' is not one of {string.Join(", ", choices.Keys)}");
        return null;
    }

    /// <summary>Reads a string field that must be one of a closed list of words.</summary>
    public string? Word(string name, IReadOnlyList<string> words, bool required = false)
    {
        var text = String(name, required);
        if (text is null || words.Contains(text)) return text;
        Problem(name, $"'{text}' is not one of {string.Join(", ", words)}");
        return text;
    }

    /// <summary>Reports every property that no read asked for: a misspelt field is an error, not silently dropped.</summary>
    public void RejectUnknownFields()
    {
        if (_element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in _element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
                Problem(property.Name, "is not a known field");
        }
    }

    /// <summary>
    /// Reads every object of an array. Each element yields an item, with placeholder values where a
    /// field was bad, so that item indices stay equal to the document's and later checks name the right path.
    /// </summary>
    public static IReadOnlyList<T> ReadObjects<T>(
        JsonElement array, string path, List<DatasetProblem> problems, Func<JsonObjectReader, T> read)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new DatasetProblem(path, $"must be an array, not {Describe(array)}"));
            return [];
        }
        var items = new List<T>(array.GetArrayLength());
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var itemPath = $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
            index++;
            if (element.ValueKind != JsonValueKind.Object)
                problems.Add(new DatasetProblem(itemPath, $"must be an object, not {Describe(element)}"));
            var reader = new JsonObjectReader(element, itemPath, problems);
            items.Add(read(reader));
            reader.RejectUnknownFields();
        }
        return items;
    }

    /// <summary>Gets a field's raw value, marking it as known.</summary>
    public bool TryGetRaw(string name, out JsonElement value) => TryGet(name, required: false, out value);

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        _known.Add(name);
        value = default;
        if (_element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) Problem(name, "is required");
        return false;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
