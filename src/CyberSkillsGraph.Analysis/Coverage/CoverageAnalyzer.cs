using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>frameworkCoverage and equivalents as docs/semantics.md defines them, both answered by best-path searches over the approved mappings, or in a preview over the proposed ones too.</summary>
internal static class CoverageAnalyzer
{
    public static CoverageReport Analyze(GraphSnapshot snapshot, string sourceId, string targetId, int maxHops, bool includeProposed)
    {
        CheckHops(maxHops);
        var source = snapshot.FrameworkIndex(sourceId);
        if (source < 0) throw new AnalysisInputException("source", $"unknown framework '{sourceId}'");
        if (snapshot.FrameworkIndex(targetId) < 0) throw new AnalysisInputException("target", $"unknown framework '{targetId}'");

        var graph = snapshot.ElementsFor(includeProposed);
        var search = new CoverageSearch(graph, maxHops);
        var elements = new List<ElementCoverage>();
        var nodes = snapshot.CompetencesByFramework[source].Select(graph.CompetenceNode)
            .Concat(snapshot.RolesByFramework[source].Select(graph.RoleNode));
        foreach (var node in nodes)
        {
            search.Run(node);
            var best = -1;
            foreach (var reached in search.Reached)
            {
                if (graph.FrameworkOf(reached) == targetId && (best < 0 || Better(search, reached, best, graph))) best = reached;
            }
            elements.Add(new ElementCoverage(graph.IdOf(node), graph.KindOf(node), best < 0 ? null : search.PathTo(best)));
        }

        CoverageShare Share(ElementKind kind)
        {
            var ofKind = elements.Where(e => e.Kind == kind).ToList();
            return new CoverageShare(kind, ofKind.Count,
                ofKind.Count(e => e.Class == CoverageClass.Equal), ofKind.Count(e => e.Class == CoverageClass.Full),
                ofKind.Count(e => e.Class == CoverageClass.Partial), ofKind.Count(e => e.Class == CoverageClass.None));
        }
        return new CoverageReport(sourceId, targetId, maxHops, elements, [Share(ElementKind.Competence), Share(ElementKind.Role)]);
    }

    public static IReadOnlyList<Equivalence> Equivalents(GraphSnapshot snapshot, string id, int maxHops, bool includeProposed)
    {
        CheckHops(maxHops);
        var graph = snapshot.ElementsFor(includeProposed);
        var start = graph.IndexOf(id);
        if (start < 0) throw new AnalysisInputException("id", $"unknown competence, role or standard '{id}'");

        var search = new CoverageSearch(graph, maxHops);
        search.Run(start);
        return [.. search.Reached
            .Where(node => node != start)
            .Select(node => new Equivalence(graph.IdOf(node), graph.KindOf(node), search.ClassOf(node), search.HopsOf(node), search.MinStrengthOf(node), search.PathOf(node), search.UsesProposedOn(node)))
            .OrderBy(e => e.Class).ThenBy(e => e.Hops).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static void CheckHops(int maxHops)
    {
        if (maxHops is < 1 or > GraphAnalyses.MaxHopsLimit)
            throw new AnalysisInputException("maxHops", $"{maxHops} is outside 1..{GraphAnalyses.MaxHopsLimit}");
    }

    /// <summary>Class, then hops, then the stronger weakest hop, then the smaller target id.</summary>
    private static bool Better(CoverageSearch search, int candidate, int incumbent, ElementGraph graph)
    {
        if (search.ClassOf(candidate) != search.ClassOf(incumbent)) return search.ClassOf(candidate) < search.ClassOf(incumbent);
        if (search.HopsOf(candidate) != search.HopsOf(incumbent)) return search.HopsOf(candidate) < search.HopsOf(incumbent);
        var candidateStrength = search.MinStrengthOf(candidate) ?? 11;
        var incumbentStrength = search.MinStrengthOf(incumbent) ?? 11;
        if (candidateStrength != incumbentStrength) return candidateStrength > incumbentStrength;
        return string.CompareOrdinal(graph.IdOf(candidate), graph.IdOf(incumbent)) < 0;
    }
}
