namespace CyberSkillsGraph.Api.Writes;

/// <summary>A document to import, as text.</summary>
public sealed class ImportInput
{
    public string Document { get; set; } = "";
}
