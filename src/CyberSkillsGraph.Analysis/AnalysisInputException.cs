namespace CyberSkillsGraph.Analysis;

/// <summary>An analysis was asked about something that does not exist or with an argument out of range. <see cref="Argument"/> names which.</summary>
public sealed class AnalysisInputException(string argument, string message) : Exception($"{argument}: {message}")
{
    public string Argument { get; } = argument;
}
