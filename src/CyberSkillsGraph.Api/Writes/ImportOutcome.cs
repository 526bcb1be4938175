using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>What importDataset did: the revision and records written, or every problem and nothing written.</summary>
public sealed record ImportOutcome(bool Succeeded, long Revision, int Records, IReadOnlyList<DatasetProblem> Problems);
