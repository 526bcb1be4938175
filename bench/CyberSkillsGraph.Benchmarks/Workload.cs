using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>The arguments the benchmarks ask about, chosen from the graph so that they do real work.</summary>
internal sealed record Workload(string RootRegion, int Year, string Role, string LeafRegion)
{
    public static Workload For(GraphSnapshot snapshot)
    {
        var tree = snapshot.RegionTree;
        var root = tree.IndexOf(RootOf(snapshot));
        // The leaf below the root with the most programmes, and the role most often behind its gaps.
        var leaf = Enumerable.Range(0, tree.Count).Where(r => tree.Children[r].Count == 0 && tree.InSubtree(r, root))
            .OrderByDescending(r => Enumerable.Range(0, snapshot.Programmes.Count).Count(p => snapshot.ProgrammeRegions.TargetsOf(p).Contains(r))).First();
        var report = GraphAnalyses.RegionGaps(snapshot, tree.Regions[root].Code, null);
        var role = report.Rows.SelectMany(row => row.Roles).GroupBy(r => r.Id).OrderByDescending(g => g.Count()).First().Key;
        return new Workload(tree.Regions[root].Code, report.Year!.Value, role, tree.Regions[leaf].Code);
    }

    /// <summary>The root region whose subtree has the most demand entries.</summary>
    public static string RootOf(GraphSnapshot snapshot)
    {
        var tree = snapshot.RegionTree;
        var root = Enumerable.Range(0, tree.Count).Where(r => tree.Parent(r) < 0)
            .OrderByDescending(r => snapshot.DemandRegion.Count(d => d >= 0 && tree.InSubtree(d, r))).First();
        return tree.Regions[root].Code;
    }
}
