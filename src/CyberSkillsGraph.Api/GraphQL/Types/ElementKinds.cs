using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>Element kinds in the API: their lower-case names in kind fields, and the element a row points at.</summary>
internal static class ElementKinds
{
    /// <summary>The competence, role or standard an analysis row points at.</summary>
    public static object? Find(GraphSnapshot snapshot, ElementKind kind, string id) => kind switch
    {
        ElementKind.Competence => snapshot.FindCompetence(id),
        ElementKind.Role => snapshot.FindRole(id),
        _ => snapshot.FindStandard(id),
    };

    public static string Name(ElementKind kind) => kind switch
    {
        ElementKind.Competence => "competence",
        ElementKind.Role => "role",
        _ => "standard",
    };
}
