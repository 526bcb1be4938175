using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.GraphQL.Types;

/// <summary>The element an analysis row points at.</summary>
internal static class ElementKinds
{
    /// <summary>The competence, role or standard an analysis row points at.</summary>
    public static object? Find(GraphSnapshot snapshot, ElementKind kind, string id) => kind switch
    {
        ElementKind.Competence => snapshot.FindCompetence(id),
        ElementKind.Role => snapshot.FindRole(id),
        _ => snapshot.FindStandard(id),
    };
}
