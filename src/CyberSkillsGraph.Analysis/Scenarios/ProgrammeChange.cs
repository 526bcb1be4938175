namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>A stored programme in a scenario: new yearly seats (null keeps them), or retired.</summary>
public sealed record ProgrammeChange(string Programme, int? SeatsPerYear, bool Retire);
