using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// Validates documents against the graph they would join and writes them as one change set: all
/// of them or none. A write conditional on the revision validated against guards against a
/// concurrent writer; on a conflict the graph is reloaded and the documents validated again.
/// </summary>
public sealed class DatasetImporter(IGraphStore store)
{
    private const int MaxAttempts = 5;

    /// <param name="documents">The documents as read.</param>
    /// <param name="readProblems">Problems found while reading them; any problem rejects the whole import.</param>
    /// <param name="current">The graph to validate against, or null to load it from the store.</param>
    /// <param name="progress">Hears how many records are written so far.</param>
    /// <param name="cancellationToken">Cancels the import before it commits.</param>
    public async Task<ImportResult> ImportAsync(
        IReadOnlyList<NamedDataset> documents,
        IReadOnlyList<DatasetProblem> readProblems,
        GraphContent? current,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        current ??= await store.LoadAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var problems = DatasetValidator.Validate(documents, current, readProblems);
            if (problems.Count > 0) return ImportResult.Rejected(current.Revision, problems);
            try
            {
                var changes = new ChangeSet([.. documents.Select(d => d.Dataset)], current.Revision);
                var revision = await store.ApplyAsync(changes, progress, cancellationToken);
                return new ImportResult(true, revision, documents.Sum(d => d.Dataset.RecordCount), []);
            }
            catch (RevisionConflictException) when (attempt < MaxAttempts)
            {
                current = await store.LoadAsync(cancellationToken);
            }
        }
    }
}
