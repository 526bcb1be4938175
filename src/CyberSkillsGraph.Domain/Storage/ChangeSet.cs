using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// Datasets whose records are upserted together, in order (a later record with the same id wins).
/// <paramref name="ExpectedRevision"/>, when set, makes the write conditional on nobody having written
/// since the caller validated against that revision. <paramref name="Audit"/> entries are stored in the
/// same transaction, with the new revision filled in.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<Dataset> Upserts, long? ExpectedRevision = null, IReadOnlyList<AuditEntry>? Audit = null);
