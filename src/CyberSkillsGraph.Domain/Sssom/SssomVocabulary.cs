using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Sssom;

/// <summary>
/// How a mapping reads in SSSOM: the NIST IR 8477 relationships as SKOS mapping predicates, the
/// columns this project writes, and the extension slots that carry what SSSOM has no column for.
/// </summary>
public static class SssomVocabulary
{
    public const string ElementPrefix = "csg";
    public const string ElementBase = "https://cyberskillsgraph.example/element/";
    public const string VocabularyBase = "https://cyberskillsgraph.example/vocab/";
    public const string MappingSetId = "https://cyberskillsgraph.example/mappings";
    public const string Justification = "semapv:ManualMappingCuration";
    public const string Not = "Not";

    /// <summary>Columns in the order they are written. strength is carried as confidence = strength / 10.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "subject_id", "subject_label", "predicate_id", "predicate_modifier", "object_id", "object_label",
        "mapping_justification", "confidence", "author_label", "comment", "mapping_status", "mapping_rationale", "correspondence",
    ];

    /// <summary>The extension slots (non-standard columns) with the property each stands for.</summary>
    public static IReadOnlyList<string> ExtensionSlots { get; } = ["mapping_status", "mapping_rationale", "correspondence"];

    /// <summary>The standard prefixes every file declares.</summary>
    public static IReadOnlyDictionary<string, string> StandardPrefixes { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [ElementPrefix] = ElementBase,
        ["semapv"] = "https://w3id.org/semapv/vocab/",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
    };

    public static (string Predicate, string? Modifier) Predicate(Relationship relationship) => relationship switch
    {
        Relationship.Equal => ("skos:exactMatch", null),
        // subset_of: the subject is narrower than the object, so the object is its broader match.
        Relationship.SubsetOf => ("skos:broadMatch", null),
        Relationship.SupersetOf => ("skos:narrowMatch", null),
        Relationship.IntersectsWith => ("skos:relatedMatch", null),
        _ => ("skos:relatedMatch", Not),
    };

    public static Relationship? ParseRelationship(string predicate, string? modifier) => (predicate, modifier) switch
    {
        ("skos:exactMatch", null) => Relationship.Equal,
        ("skos:broadMatch", null) => Relationship.SubsetOf,
        ("skos:narrowMatch", null) => Relationship.SupersetOf,
        ("skos:relatedMatch", null) => Relationship.IntersectsWith,
        ("skos:relatedMatch", Not) => Relationship.NotRelated,
        _ => null,
    };

    public static string Name(MappingStatus status) => status == MappingStatus.Approved ? "approved" : "proposed";

    public static MappingStatus? ParseStatus(string name) => name switch
    {
        "approved" => MappingStatus.Approved,
        "proposed" => MappingStatus.Proposed,
        _ => null,
    };

    public static string Name(Rationale rationale) => rationale switch
    {
        Rationale.Syntactic => "syntactic",
        Rationale.Semantic => "semantic",
        _ => "functional",
    };

    public static Rationale? ParseRationale(string name) => name switch
    {
        "syntactic" => Rationale.Syntactic,
        "semantic" => Rationale.Semantic,
        "functional" => Rationale.Functional,
        _ => null,
    };

    public static string Name(Correspondence correspondence) => correspondence switch
    {
        Correspondence.Identical => "IDT",
        Correspondence.Modified => "MOD",
        _ => "NEQ",
    };

    public static Correspondence? ParseCorrespondence(string name) => name switch
    {
        "IDT" => Correspondence.Identical,
        "MOD" => Correspondence.Modified,
        "NEQ" => Correspondence.NotEquivalent,
        _ => null,
    };
}
