using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// The graph a <see cref="GraphWriter"/> prepares and validates a write against, as its holder keeps it: the CLI
/// loads the store's content for one import, the API keeps a snapshot in memory and swaps in a new one after each write.
/// </summary>
public interface IWriteTarget<TGraph>
{
    long RevisionOf(TGraph graph);

    /// <summary>The records a change is validated against.</summary>
    IExistingRecords RecordsOf(TGraph graph);

    /// <summary>The graph again from the store, after another writer moved it on.</summary>
    Task<TGraph> ReloadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Hears that the store committed <paramref name="changes"/> at <paramref name="revision"/>. The write was conditional on
    /// <paramref name="graph"/>'s revision, so the changes are all that differs between it and the store.
    /// </summary>
    void Committed(TGraph graph, ChangeSet changes, long revision);
}
