using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// What a store keeps of each revision so that a replica can catch up by loading only the changes since its own
/// revision (<see cref="IGraphStore.LoadChangesAsync"/>), and how much: the change sets of the last
/// <see cref="KeptRevisions"/> revisions, each only when it upserted at most <see cref="MaxRecords"/> records. A replica
/// further behind, or one that would have to replay a large import, loads the whole graph instead, which is then cheaper.
/// </summary>
public static class ChangeLog
{
    /// <summary>Revisions kept; older ones are deleted by the write that moves past them.</summary>
    public const int KeptRevisions = 1_000;

    /// <summary>Largest change set kept, in records; a larger one is logged without its records, so that replicas load everything.</summary>
    public const int MaxRecords = 1_000;

    /// <summary>The revisions a write to <paramref name="revision"/> deletes: every one at or below the returned revision.</summary>
    public static long PrunedThrough(long revision) => revision - KeptRevisions;

    /// <summary>The change set as the store keeps it (the datasets as compact JSON), or null when it is too large to keep.</summary>
    public static string? Body(IReadOnlyList<Dataset> upserts) =>
        upserts.Sum(d => d.RecordCount) > MaxRecords ? null : RecordJson.Of(upserts);

    public static IReadOnlyList<Dataset> Parse(string body) => RecordJson.Parse<List<Dataset>>(body);

    /// <summary>
    /// The changes from the revision after <paramref name="since"/> to <paramref name="current"/>, from what the store
    /// returned (ascending by revision), or null unless every one of those revisions is there with its records and
    /// together they hold at most <see cref="MaxRecords"/> records.
    /// </summary>
    public static IReadOnlyList<RevisionChanges>? Complete(long since, long current, IReadOnlyList<(long Revision, string? Body)> stored)
    {
        if (current - since != stored.Count) return null;
        var changes = new List<RevisionChanges>(stored.Count);
        var records = 0;
        for (var i = 0; i < stored.Count; i++)
        {
            if (stored[i].Revision != since + 1 + i || stored[i].Body is not { } body) return null;
            var change = new RevisionChanges(stored[i].Revision, Parse(body));
            // Many small revisions add up to a large import: past MaxRecords in all, loading everything is cheaper.
            records += change.Upserts.Sum(d => d.RecordCount);
            if (records > MaxRecords) return null;
            changes.Add(change);
        }
        return changes;
    }
}
