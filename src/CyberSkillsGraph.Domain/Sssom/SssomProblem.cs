namespace CyberSkillsGraph.Domain.Sssom;

/// <summary>One thing wrong with an SSSOM file: the 1-based line and column (0 when it concerns the whole line or file) and what.</summary>
public sealed record SssomProblem(int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
