using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>NIST IR 8477 set-theory relationship of a mapping, read from source to target.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Relationship>))]
public enum Relationship
{
    [JsonStringEnumMemberName("equal")] Equal,
    [JsonStringEnumMemberName("subset_of")] SubsetOf,
    [JsonStringEnumMemberName("superset_of")] SupersetOf,
    [JsonStringEnumMemberName("intersects_with")] IntersectsWith,
    [JsonStringEnumMemberName("not_related")] NotRelated,
}
