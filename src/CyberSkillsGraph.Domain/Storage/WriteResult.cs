using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// What a write did: the revision the graph is at afterwards and how many records it stored, or every problem and nothing
/// stored (for a conflict, one problem that says so).
/// </summary>
public sealed record WriteResult(WriteStatus Status, long Revision, int Records, IReadOnlyList<DatasetProblem> Problems)
{
    public bool Succeeded => Status is WriteStatus.Written or WriteStatus.Unchanged;

    public static WriteResult Written(long revision, int records) => new(WriteStatus.Written, revision, records, []);

    public static WriteResult Unchanged(long revision) => new(WriteStatus.Unchanged, revision, 0, []);

    public static WriteResult Rejected(long revision, IReadOnlyList<DatasetProblem> problems) => new(WriteStatus.Rejected, revision, 0, problems);

    public static WriteResult Conflict(long revision, int attempts) => new(WriteStatus.Conflict, revision, 0,
        [new DatasetProblem("$", $"other writers changed the graph during each of {attempts} attempts, so nothing was written; send it again")]);
}
