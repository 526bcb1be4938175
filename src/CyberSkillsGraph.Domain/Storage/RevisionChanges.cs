using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>What one revision changed: the datasets its change set upserted, in order, as the store applied them.</summary>
public sealed record RevisionChanges(long Revision, IReadOnlyList<Dataset> Upserts);
