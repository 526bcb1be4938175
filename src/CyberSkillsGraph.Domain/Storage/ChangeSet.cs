using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// Datasets whose records are upserted together, in order (a later record with the same id wins).
/// <paramref name="ExpectedRevision"/>, when set, makes the write conditional on nobody having written
/// since the caller validated against that revision.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<Dataset> Upserts, long? ExpectedRevision = null);
