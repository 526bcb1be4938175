using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>A scenario failed validation; <see cref="Problems"/> holds each problem with its path into the scenario.</summary>
public sealed class ScenarioInputException(IReadOnlyList<DatasetProblem> problems)
    : Exception($"the scenario has {problems.Count} problem(s): {string.Join("; ", problems.Take(5))}")
{
    public IReadOnlyList<DatasetProblem> Problems { get; } = problems;
}
