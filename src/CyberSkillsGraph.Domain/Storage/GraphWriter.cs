using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// The one write path of the CLI and the API: a change is prepared from the graph, validated against it and stored
/// conditionally on its revision, all or nothing. When another writer got there first the store refuses the change,
/// the graph is loaded again and the change prepared and validated again. The API adds authorization and audit
/// entries in what it prepares; the CLI writes documents as they are.
/// </summary>
public static class GraphWriter
{
    public const int MaxAttempts = 5;

    /// <param name="store">The system of record.</param>
    /// <param name="target">Holds the graph: reloads it after a conflict and hears of each commit.</param>
    /// <param name="graph">The graph to prepare the first attempt against.</param>
    /// <param name="prepare">Turns the graph into the change; it may throw to refuse it, and runs again on each attempt.</param>
    /// <param name="progress">Hears how many records are stored so far.</param>
    /// <param name="cancellationToken">Cancels the write before it commits.</param>
    public static async Task<WriteResult> WriteAsync<TGraph>(
        IGraphStore store,
        IWriteTarget<TGraph> target,
        TGraph graph,
        Func<TGraph, WriteRequest> prepare,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var revision = target.RevisionOf(graph);
            var request = prepare(graph);
            var problems = DatasetValidator.Validate(request.Documents, target.RecordsOf(graph), request.ReadProblems ?? []);
            if (problems.Count > 0) return WriteResult.Rejected(revision, problems);
            // A write that changes nothing (the same values again) stores nothing and keeps the revision.
            if (request.Documents.Count == 0) return WriteResult.Unchanged(revision);
            var changes = new ChangeSet([.. request.Documents.Select(d => d.Dataset)], revision, request.Audit);
            try
            {
                var written = await store.ApplyAsync(changes, progress, cancellationToken);
                target.Committed(graph, changes, written);
                return WriteResult.Written(written, changes.Upserts.Sum(d => d.RecordCount));
            }
            catch (RevisionConflictException) when (attempt < MaxAttempts)
            {
                graph = await target.ReloadAsync(cancellationToken);
            }
            catch (RevisionConflictException e)
            {
                return WriteResult.Conflict(e.Actual, attempt);
            }
        }
    }
}
