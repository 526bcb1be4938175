using System.Globalization;
using System.Text.Json;

namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>
/// The rows of one response (<c>data.fields</c> and <c>data.values</c>), in plain JSON whatever format
/// the server answered in, with the bookmarks and transaction id it carried.
/// </summary>
internal sealed class Neo4jResult(
    IReadOnlyList<string> fields,
    IReadOnlyList<IReadOnlyList<JsonElement>> rows,
    IReadOnlyList<string> bookmarks,
    string? transactionId)
{
    public static Neo4jResult Empty { get; } = new([], [], [], null);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<IReadOnlyList<JsonElement>> Rows { get; } = rows;

    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    /// <summary><c>transaction.id</c>: present while an explicit transaction is open.</summary>
    public string? TransactionId { get; } = transactionId;

    public JsonElement Value(int row, string field)
    {
        var index = -1;
        for (var i = 0; i < Fields.Count && index < 0; i++)
            if (Fields[i] == field) index = i;
        if (index < 0)
            throw new InvalidDataException($"Neo4j's answer has no field '{field}' (it has {string.Join(", ", Fields)}).");
        return Rows[row][index];
    }

    public string? GetString(int row, string field)
    {
        var value = Value(row, field);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw new InvalidDataException($"Neo4j's '{field}' is {value.ValueKind}, not a string."),
        };
    }

    public long GetInt64(int row, string field)
    {
        var value = Value(row, field);
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetInt64(),
            // Typed JSON writes integers as strings; keep that readable too.
            JsonValueKind.String => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
            _ => throw new InvalidDataException($"Neo4j's '{field}' is {value.ValueKind}, not an integer."),
        };
    }
}
