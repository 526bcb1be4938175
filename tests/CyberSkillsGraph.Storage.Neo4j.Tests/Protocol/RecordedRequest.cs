using System.Text.Json;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>One request as the stub handler saw it: method, path, headers (content headers included) and JSON body.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string RawBody)
{
    public JsonElement Body => JsonDocument.Parse(RawBody).RootElement;

    public string Statement => Body.GetProperty("statement").GetString()!;

    public JsonElement Parameters => Body.GetProperty("parameters");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool HasBody => RawBody.Length > 0;
}
