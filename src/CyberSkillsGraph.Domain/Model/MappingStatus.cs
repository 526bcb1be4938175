using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>Only approved mappings take part in analysis; proposed ones are stored and listed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MappingStatus>))]
public enum MappingStatus
{
    [JsonStringEnumMemberName("proposed")] Proposed,
    [JsonStringEnumMemberName("approved")] Approved,
}
