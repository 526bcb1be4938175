using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// Writes documents exactly as they are, as one change set through the <see cref="GraphWriter"/>: all of them or none,
/// validated against the store's content (loaded again when another writer got there first).
/// </summary>
public sealed class DatasetImporter(IGraphStore store) : IWriteTarget<GraphContent>
{
    /// <param name="documents">The documents as read.</param>
    /// <param name="readProblems">Problems found while reading them; any problem rejects the whole import.</param>
    /// <param name="current">The graph to validate against, or null to load it from the store.</param>
    /// <param name="progress">Hears how many records are written so far.</param>
    /// <param name="cancellationToken">Cancels the import before it commits.</param>
    public async Task<WriteResult> ImportAsync(
        IReadOnlyList<NamedDataset> documents,
        IReadOnlyList<DatasetProblem> readProblems,
        GraphContent? current,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        current ??= await store.LoadAsync(cancellationToken);
        return await GraphWriter.WriteAsync(store, this, current, _ => new WriteRequest(documents, [], readProblems), progress, cancellationToken);
    }

    long IWriteTarget<GraphContent>.RevisionOf(GraphContent graph) => graph.Revision;

    IExistingRecords IWriteTarget<GraphContent>.RecordsOf(GraphContent graph) => new ContentRecords(graph);

    Task<GraphContent> IWriteTarget<GraphContent>.ReloadAsync(CancellationToken cancellationToken) => store.LoadAsync(cancellationToken);

    /// <summary>An import ends with its commit: nobody reads the content afterwards, so it is not merged.</summary>
    void IWriteTarget<GraphContent>.Committed(GraphContent graph, ChangeSet changes, long revision)
    {
    }
}
