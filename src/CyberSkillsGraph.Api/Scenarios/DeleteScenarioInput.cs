namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>The saved scenario to delete.</summary>
public sealed class DeleteScenarioInput
{
    public string Id { get; set; } = "";
}
