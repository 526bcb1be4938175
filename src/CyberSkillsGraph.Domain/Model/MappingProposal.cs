namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// A change to an approved mapping that waits for review. The approved values stay in force until an account other
/// than <see cref="Author"/> approves the change, so no single account can weaken or withdraw (propose
/// <see cref="Relationship.NotRelated"/>) a mapping that analyses rely on.
/// </summary>
public sealed record MappingProposal(
    Relationship Relationship,
    int Strength,
    Rationale? Rationale,
    Correspondence? Correspondence,
    string? Author,
    string? Note = null);
