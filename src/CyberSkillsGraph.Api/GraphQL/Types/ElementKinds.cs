using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The lower-case names of element kinds used in the API's kind fields.</summary>
internal static class ElementKinds
{
    public static string Name(ElementKind kind) => kind switch
    {
        ElementKind.Competence => "competence",
        ElementKind.Role => "role",
        _ => "standard",
    };
}
