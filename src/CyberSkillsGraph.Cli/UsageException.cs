namespace CyberSkillsGraph.Cli;

/// <summary>The command line asked for something that cannot be done; the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
