using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Api.Observability;
using CyberSkillsGraph.Api.Writes;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Api.Graph;

/// <summary>
/// Holds the snapshot that every read uses and swaps in a new one after each write. Writers in this
/// process take turns; a reader just takes <see cref="Current"/> and never waits. A local write merges
/// its change into the current snapshot (<see cref="GraphSnapshot.Apply"/>) instead of reloading the store.
/// </summary>
public sealed class GraphState(IGraphStore store, GraphTelemetry telemetry, ILogger<GraphState> logger) : IWriteTarget<GraphSnapshot>
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private GraphSnapshot _current = GraphSnapshot.Empty;

    public GraphSnapshot Current => Volatile.Read(ref _current);

    public IGraphStore Store => store;

    /// <summary>True once a snapshot has been loaded from the store.</summary>
    public bool IsLoaded { get; private set; }

    /// <summary>
    /// Catches up when the store has a newer revision: another instance's changes since this snapshot's revision are
    /// merged into it as a local write's are, or, when the store no longer keeps them all, everything is loaded again
    /// (as it always is when forced).
    /// </summary>
    public async Task ReloadAsync(bool force, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (force) await LoadLockedAsync(cancellationToken);
            else if (await store.GetRevisionAsync(cancellationToken) != Current.Revision) await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Runs one write through the <see cref="GraphWriter"/>: <paramref name="prepare"/> turns the current snapshot into the
    /// change (and may refuse it), the change is validated like any import, stored in one transaction with its audit
    /// entries, and the new snapshot is swapped in before the result is built from it (read-your-writes).
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<GraphSnapshot, WriteRequest> prepare, Func<GraphSnapshot, T> result, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var written = await GraphWriter.WriteAsync(store, this, Current, prepare, null, cancellationToken);
            return written.Status switch
            {
                WriteStatus.Rejected => throw new WriteRejectedException(ErrorCodes.BadUserInput,
                    $"Nothing was written: {written.Problems.Count} problem(s). {written.Problems[0]}", written.Problems),
                WriteStatus.Conflict => throw new WriteRejectedException(ErrorCodes.Conflict,
                    $"Other writers changed the graph during each of {GraphWriter.MaxAttempts} attempts, so nothing was written; send the request again."),
                _ => result(Current),
            };
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Validates and writes documents as one change set (seed loading, imports).</summary>
    public Task<long> ImportAsync(IReadOnlyList<NamedDataset> documents, IReadOnlyList<DatasetProblem> readProblems, CancellationToken cancellationToken) =>
        WriteAsync(_ => new WriteRequest(documents, [], readProblems), snapshot => snapshot.Revision, cancellationToken);

    private async Task CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var snapshot = Current;
        var changes = IsLoaded ? await store.LoadChangesAsync(snapshot.Revision, cancellationToken) : null;
        if (changes is null)
        {
            await LoadLockedAsync(cancellationToken);
            return;
        }
        if (changes.Count == 0) return;
        var started = TimeProvider.System.GetTimestamp();
        // Applying the revisions' change sets in order as one is what the store did: a later record with the same key wins.
        var revision = changes[^1].Revision;
        var next = snapshot.Apply([.. changes.SelectMany(c => c.Upserts)], revision);
        next.PrepareSupply();
        Volatile.Write(ref _current, next);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        telemetry.SnapshotLoaded(revision, elapsed, GraphTelemetry.FromChanges);
        logger.LogInformation("Applied revisions {From} to {Revision} from the store's change log in {Elapsed} ms",
            changes[0].Revision, revision, elapsed.TotalMilliseconds);
    }

    private async Task<GraphSnapshot> LoadLockedAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var content = await store.LoadAsync(cancellationToken);
        var loaded = TimeProvider.System.GetTimestamp();
        var snapshot = GraphSnapshot.Build(content);
        var built = TimeProvider.System.GetTimestamp();
        // Before the snapshot is published, so that no reader builds it on a request (at scale L it takes seconds).
        snapshot.PrepareSupply();
        Volatile.Write(ref _current, snapshot);
        IsLoaded = true;
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        telemetry.SnapshotLoaded(content.Revision, elapsed, GraphTelemetry.FromLoad);
        logger.LogInformation("Loaded graph revision {Revision} in {Elapsed} ms (store {Load} ms, snapshot {Build} ms, supply index {Supply} ms)",
            content.Revision, elapsed.TotalMilliseconds, TimeProvider.System.GetElapsedTime(started, loaded).TotalMilliseconds,
            TimeProvider.System.GetElapsedTime(loaded, built).TotalMilliseconds, TimeProvider.System.GetElapsedTime(built).TotalMilliseconds);
        return snapshot;
    }

    long IWriteTarget<GraphSnapshot>.RevisionOf(GraphSnapshot graph) => graph.Revision;

    IExistingRecords IWriteTarget<GraphSnapshot>.RecordsOf(GraphSnapshot graph) => graph;

    /// <summary>After a conflict: the changes other writers made since this snapshot, or the whole store when they are too many.</summary>
    async Task<GraphSnapshot> IWriteTarget<GraphSnapshot>.ReloadAsync(CancellationToken cancellationToken)
    {
        await CatchUpLockedAsync(cancellationToken);
        return Current;
    }

    /// <summary>Merges a local write into the snapshot instead of reloading the store.</summary>
    void IWriteTarget<GraphSnapshot>.Committed(GraphSnapshot graph, ChangeSet changes, long revision)
    {
        var started = TimeProvider.System.GetTimestamp();
        var next = graph.Apply(changes.Upserts, revision);
        // Free when the write updated the index in place; otherwise (a mapping, a framework) it is built here, under
        // the write lock, rather than by the first reader of the new snapshot.
        next.PrepareSupply();
        Volatile.Write(ref _current, next);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        telemetry.SnapshotLoaded(revision, elapsed, GraphTelemetry.FromWrite);
        logger.LogInformation("Applied revision {Revision} to the graph in {Elapsed} ms", revision, elapsed.TotalMilliseconds);
    }
}
