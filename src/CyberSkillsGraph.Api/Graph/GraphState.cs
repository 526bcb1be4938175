using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Api.Graph;

/// <summary>
/// Holds the snapshot that every read uses and swaps in a new one after each write. Writers in this
/// process take turns; a reader just takes <see cref="Current"/> and never waits.
/// </summary>
public sealed class GraphState(IGraphStore store, ILogger<GraphState> logger)
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private GraphSnapshot _current = GraphSnapshot.Empty;

    public GraphSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Rebuilds the snapshot from the store when the store has a newer revision (or always, when forced).</summary>
    public async Task ReloadAsync(bool force, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (!force && await store.GetRevisionAsync(cancellationToken) == Current.Revision) return;
            var started = TimeProvider.System.GetTimestamp();
            var content = await store.LoadAsync(cancellationToken);
            Volatile.Write(ref _current, GraphSnapshot.Build(content));
            logger.LogInformation("Loaded graph revision {Revision} in {Elapsed} ms",
                content.Revision, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Validates and writes documents, then swaps in the new snapshot before returning (read-your-writes).</summary>
    public async Task<ImportResult> ImportAsync(
        IReadOnlyList<NamedDataset> documents, IReadOnlyList<DatasetProblem> readProblems, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var result = await new DatasetImporter(store).ImportAsync(documents, readProblems, Current.Content, null, cancellationToken);
            if (result.Succeeded)
            {
                Volatile.Write(ref _current, GraphSnapshot.Build(await store.LoadAsync(cancellationToken)));
                logger.LogInformation("Imported {Records} records; graph is at revision {Revision}", result.Records, result.Revision);
            }
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
