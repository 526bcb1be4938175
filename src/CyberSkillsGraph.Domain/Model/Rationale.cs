using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>NIST IR 8477 rationale: why two elements were judged related.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Rationale>))]
public enum Rationale
{
    [JsonStringEnumMemberName("syntactic")] Syntactic,
    [JsonStringEnumMemberName("semantic")] Semantic,
    [JsonStringEnumMemberName("functional")] Functional,
}
