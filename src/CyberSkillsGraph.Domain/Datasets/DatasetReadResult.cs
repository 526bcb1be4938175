using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// The dataset read from a document and every problem found in it. The dataset is null only when the document is
/// not a JSON object at all; otherwise bad items are kept as placeholders, so it is usable only when <see cref="IsValid"/>.
/// </summary>
public sealed record DatasetReadResult(Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems)
{
    public bool IsValid => Dataset is not null && Problems.Count == 0;
}
