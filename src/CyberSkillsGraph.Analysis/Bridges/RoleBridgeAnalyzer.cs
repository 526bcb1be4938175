using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Bridges;

/// <summary>
/// roleBridge. Each requirement c@L of the target role is searched from c over the approved mappings,
/// the way supply is found: a held requirement h@M reached on an EQUAL or FULL path with M ≥ L covers
/// it; one reached on any other path, or below the level, meets it partially. The best held
/// requirement is chosen by status, then class, then higher level, then fewer hops, then stronger
/// weakest hop, then smaller id.
/// </summary>
internal static class RoleBridgeAnalyzer
{
    public static RoleBridge Analyze(GraphSnapshot snapshot, string fromId, string toId, string? regionCode)
    {
        var from = snapshot.FindRole(fromId) ?? throw new AnalysisInputException("from", $"unknown role '{fromId}'");
        var to = snapshot.FindRole(toId) ?? throw new AnalysisInputException("to", $"unknown role '{toId}'");
        var region = regionCode is null ? -1 : GapAnalyzer.RegionIndex(snapshot, regionCode);

        var held = new Dictionary<int, int>();
        foreach (var requirement in from.Requires)
        {
            if (snapshot.CompetenceIndex(requirement.Competence) is var c and >= 0) held[c] = Math.Max(held.GetValueOrDefault(c), requirement.Level);
        }

        var search = new CoverageSearch(snapshot.Elements, GraphAnalyses.DefaultMaxHops);
        var rows = new List<BridgeRequirement>();
        foreach (var requirement in to.Requires.OrderBy(r => r.Competence, StringComparer.Ordinal).ThenBy(r => r.Level))
        {
            var needed = snapshot.CompetenceIndex(requirement.Competence);
            if (needed < 0) continue;
            search.Run(snapshot.Elements.CompetenceNode(needed));
            var best = -1;
            var bestStatus = BridgeStatus.Lacking;
            foreach (var node in search.Reached)
            {
                if (!held.TryGetValue(node, out var level)) continue;
                var status = search.ClassOf(node) is CoverageClass.Equal or CoverageClass.Full && level >= requirement.Level ? BridgeStatus.Covered : BridgeStatus.Partial;
                if (best < 0 || Better(status, node, bestStatus, best)) (best, bestStatus) = (node, status);
            }
            rows.Add(best < 0
                ? new BridgeRequirement(requirement, BridgeStatus.Lacking, null, null)
                : new BridgeRequirement(requirement, bestStatus, new CompetenceLevel(snapshot.Competences[best].Id, held[best]), search.PathTo(best)));
        }

        var path = region < 0 ? null : LearningPathPlanner.Plan(snapshot, to, rows.Where(r => r.Status != BridgeStatus.Covered).Select(r => r.Requirement), region);
        // The roles themselves may be mapped even where their requirements are not (or a framework lists none).
        var graph = snapshot.Elements;
        search.Run(graph.RoleNode(snapshot.RoleIndex(toId)));
        var fromNode = graph.RoleNode(snapshot.RoleIndex(fromId));
        return new RoleBridge(from, to, rows, path, search.IsReached(fromNode) ? search.PathTo(fromNode) : null);

        bool Better(BridgeStatus status, int node, BridgeStatus incumbentStatus, int incumbent)
        {
            if (status != incumbentStatus) return status < incumbentStatus;
            if (search.ClassOf(node) != search.ClassOf(incumbent)) return search.ClassOf(node) < search.ClassOf(incumbent);
            if (held[node] != held[incumbent]) return held[node] > held[incumbent];
            if (search.HopsOf(node) != search.HopsOf(incumbent)) return search.HopsOf(node) < search.HopsOf(incumbent);
            var (strength, incumbentStrength) = (search.MinStrengthOf(node) ?? 11, search.MinStrengthOf(incumbent) ?? 11);
            if (strength != incumbentStrength) return strength > incumbentStrength;
            return string.CompareOrdinal(snapshot.Competences[node].Id, snapshot.Competences[incumbent].Id) < 0;
        }
    }
}
