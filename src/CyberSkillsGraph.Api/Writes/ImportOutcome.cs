using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>
/// What importDataset did: the revision, the records it changed (unchanged records are not rewritten) and how many
/// mappings wait for review; or every problem, and nothing written.
/// </summary>
public sealed record ImportOutcome(long Revision, int Records, int MappingsProposed, IReadOnlyList<DatasetProblem> Problems)
{
    public static ImportOutcome Refused(long revision, IReadOnlyList<DatasetProblem> problems) => new(revision, 0, 0, problems);
}
