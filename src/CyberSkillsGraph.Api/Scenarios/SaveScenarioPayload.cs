using CyberSkillsGraph.Api.Writes;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>What saveScenario answers: the saved scenario, or null with the reasons.</summary>
public sealed record SaveScenarioPayload(SavedScenario? Scenario, IReadOnlyList<UserErrorResult> UserErrors);
