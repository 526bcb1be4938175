using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>The dataset read from a document, or null when the document has any problem.</summary>
public sealed record DatasetReadResult(Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems)
{
    public bool IsValid => Dataset is not null && Problems.Count == 0;
}
