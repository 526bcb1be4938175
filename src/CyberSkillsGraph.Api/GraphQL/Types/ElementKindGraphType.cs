using CyberSkillsGraph.Domain.Model;
using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>What kind of element an analysis row is about.</summary>
public sealed class ElementKindGraphType : EnumerationGraphType
{
    public ElementKindGraphType()
    {
        Name = "ElementKind";
        Description = "The kind of element an analysis row is about.";
        Add("COMPETENCE", ElementKind.Competence, "A competence of a framework.");
        Add("ROLE", ElementKind.Role, "A role of a framework.");
        Add("STANDARD", ElementKind.Standard, "A standard, scheme or law.");
    }
}
