using CyberSkillsGraph.Api.Writes;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>What deleteScenario answers: the id deleted, or null with the reasons.</summary>
public sealed record DeleteScenarioPayload(string? DeletedId, IReadOnlyList<UserErrorResult> UserErrors);
