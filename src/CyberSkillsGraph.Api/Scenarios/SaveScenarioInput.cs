namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>A scenario to save: new when <see cref="Id"/> is null, else a replacement of one of yours.</summary>
public sealed class SaveScenarioInput
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public ScenarioInput Scenario { get; set; } = new();
}
