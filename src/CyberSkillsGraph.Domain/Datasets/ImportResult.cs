namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>What an import did: the new revision and how many records it wrote, or every problem and nothing written.</summary>
public sealed record ImportResult(bool Succeeded, long Revision, int Records, IReadOnlyList<DatasetProblem> Problems)
{
    public static ImportResult Rejected(long revision, IReadOnlyList<DatasetProblem> problems) => new(false, revision, 0, problems);
}
