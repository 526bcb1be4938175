namespace CyberSkillsGraph.Api.Writes;

/// <summary>The mapping to approve, by its two ends.</summary>
public sealed class ApproveMappingInput
{
    public string Source { get; set; } = "";
    public string Target { get; set; } = "";
}
