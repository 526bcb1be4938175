using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>A write that was refused and changed nothing: why (an <c>extensions.code</c>), and every problem with the input.</summary>
public sealed class WriteRejectedException(string code, string message, IReadOnlyList<DatasetProblem>? problems = null) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyList<DatasetProblem> Problems { get; } = problems ?? [];
}
