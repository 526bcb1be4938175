using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// The system of record. Every change is applied in one transaction and moves the store to a new,
/// higher revision; readers build their in-memory snapshot from <see cref="LoadAsync"/>.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or migrates the store's schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Every record, grouped by the dataset that last wrote it, with the revision they belong to.</summary>
    Task<GraphContent> LoadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Upserts the change set's records by id, all or nothing, and returns the new revision.
    /// Throws <see cref="RevisionConflictException"/> when <see cref="ChangeSet.ExpectedRevision"/>
    /// is set and the store has moved on. <paramref name="progress"/> hears how many records are written so far.
    /// </summary>
    Task<long> ApplyAsync(ChangeSet changes, IProgress<int>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// What each revision after <paramref name="sinceRevision"/> changed, oldest first, up to the store's current revision
    /// (empty when there is none): a replica applies them instead of loading everything. Null when the store no longer
    /// keeps every one of them (<see cref="ChangeLog"/>), or <paramref name="sinceRevision"/> is ahead of the store: load everything then.
    /// </summary>
    Task<IReadOnlyList<RevisionChanges>?> LoadChangesAsync(long sinceRevision, CancellationToken cancellationToken);

    /// <summary>Audit entries written with change sets, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>How many audit entries match the query's actor, key and revision bound (its skip and limit aside).</summary>
    Task<int> CountAuditAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>The current revision: 0 for an empty store.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken);
}
