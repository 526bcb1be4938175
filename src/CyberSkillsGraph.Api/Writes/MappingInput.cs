using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>A mapping as a standards body proposes it; the author comes from the access token and approval is a separate step.</summary>
public sealed class MappingInput
{
    public string Source { get; set; } = "";
    public string Target { get; set; } = "";
    public Relationship Relationship { get; set; }
    public int Strength { get; set; }
    public Rationale? Rationale { get; set; }
    public Correspondence? Correspondence { get; set; }
    public string? Note { get; set; }
}
