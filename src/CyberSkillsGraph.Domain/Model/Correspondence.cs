using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>ISO/IEC Guide 21-1 degree of correspondence of an adopted standard.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Correspondence>))]
public enum Correspondence
{
    [JsonStringEnumMemberName("IDT")] Identical,
    [JsonStringEnumMemberName("MOD")] Modified,
    [JsonStringEnumMemberName("NEQ")] NotEquivalent,
}
