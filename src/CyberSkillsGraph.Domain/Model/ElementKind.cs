namespace CyberSkillsGraph.Domain.Model;

/// <summary>The kinds of element a mapping may connect; both ends must be of the same kind.</summary>
public enum ElementKind
{
    Competence,
    Role,
    Standard,
}
