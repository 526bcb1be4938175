using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// A NIST IR 8477 relationship between two elements of the same kind. A pair (source, target)
/// identifies the mapping; importing the same pair again replaces it. An approved mapping may carry a
/// <see cref="Proposal"/>: a pending change that takes effect only when another account approves it.
/// </summary>
public sealed record Mapping(
    string Source,
    Relationship Relationship,
    string Target,
    int Strength,
    Rationale? Rationale,
    Correspondence? Correspondence,
    MappingStatus Status,
    string? Author,
    string? Note = null,
    MappingProposal? Proposal = null)
{
    /// <summary>The store key of a mapping: its ordered pair of ends.</summary>
    [JsonIgnore]
    public string Key => MappingKey(Source, Target);

    /// <summary>What joins the two ends in a mapping's key; ids may not contain it, so a key names one mapping.</summary>
    public const string KeySeparator = " -> ";

    public static string MappingKey(string source, string target) => source + KeySeparator + target;
}
