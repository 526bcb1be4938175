namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>A planner's named scenario: its owner's account, the link id that shares it read-only, the graph revision it was built on and the scenario as JSON.</summary>
public sealed record SavedScenario(string Id, string Owner, string Name, string ShareId, long BaseRevision, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
