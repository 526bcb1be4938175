using System.Net;
using System.Text.Json;

namespace CyberSkillsGraph.Storage.Neo4j.Http;

/// <summary>
/// Reads a Query API response body. Neo4j answers 202 whether or not the statement succeeded (and,
/// since 2025.11, other statuses chosen from the GQL status), so errors are read from the
/// <c>errors</c> array first, whatever the status; a failure status without one is an error too.
/// </summary>
internal static class Neo4jResponseParser
{
    public static Neo4jResult Parse(HttpStatusCode status, string? mediaType, ReadOnlyMemory<byte> body)
    {
        using var document = TryParse(body);
        var root = document?.RootElement;
        if (root is { ValueKind: JsonValueKind.Object } withErrors
            && withErrors.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
            throw ToException(errors, (int)status);

        if ((int)status is < 200 or > 299)
            throw new Neo4jException($"HTTP.{(int)status}", $"Neo4j answered HTTP {(int)status} ({status}) without an error body.", (int)status);

        if (root is not { ValueKind: JsonValueKind.Object } response)
        {
            // Commit and rollback may answer with no body at all.
            if (body.IsEmpty) return Neo4jResult.Empty;
            throw new InvalidDataException($"Neo4j answered HTTP {(int)status} with a body that is not a JSON object.");
        }

        var typed = TypedJson.IsTypedMediaType(mediaType);
        var fields = new List<string>();
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array)
                fields.AddRange(names.EnumerateArray().Select(n => n.GetString() ?? ""));
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in values.EnumerateArray())
                {
                    // One documented example shows a single-field result's rows without their array; read both.
                    var cells = row.ValueKind == JsonValueKind.Array ? row.EnumerateArray().ToList() : [row];
                    if (cells.Count != fields.Count)
                        throw new InvalidDataException($"A row of Neo4j's answer has {cells.Count} values for {fields.Count} fields.");
                    rows.Add([.. cells.Select(c => typed ? TypedJson.ToPlain(c) : c.Clone())]);
                }
            }
        }

        var bookmarks = response.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? marks.EnumerateArray().Select(m => m.GetString()).OfType<string>().ToList()
            : [];
        var transactionId = response.TryGetProperty("transaction", out var transaction)
            && transaction.ValueKind == JsonValueKind.Object
            && transaction.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
        return new Neo4jResult(fields, rows, bookmarks, transactionId);
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty) return null;
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: the status decides.
            return null;
        }
    }

    private static Neo4jException ToException(JsonElement errors, int status)
    {
        var all = errors.EnumerateArray()
            .Select(e => (
                Code: e.ValueKind == JsonValueKind.Object && e.TryGetProperty("code", out var c) ? c.GetString() : null,
                Message: e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.GetString() : null))
            .ToList();
        var (code, message) = all[0];
        var text = message ?? "Neo4j gave no message.";
        if (all.Count > 1)
            text += " Also: " + string.Join("; ", all.Skip(1).Select(e => $"{e.Code}: {e.Message}"));
        return new Neo4jException(code ?? "Neo.DatabaseError.General.UnknownError", text, status);
    }
}
