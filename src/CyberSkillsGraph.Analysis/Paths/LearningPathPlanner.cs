using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Paths;

/// <summary>
/// learningPath as docs/semantics.md defines it: greedy weighted set cover of a role's requirements by programmes
/// a learner in the region can reach (its subtree and its ancestors), taking each time the programme
/// that newly covers the most requirements per hour.
/// </summary>
internal static class LearningPathPlanner
{
    /// <summary>Plans for all of a role's requirements. With an overlay (a what-if scenario) its retired programmes are left out and its added programmes are candidates.</summary>
    public static LearningPath Plan(GraphSnapshot snapshot, string roleId, string regionCode, Scenarios.ScenarioOverlay? overlay = null)
    {
        var roleIndex = snapshot.RoleIndex(roleId);
        if (roleIndex < 0) throw new AnalysisInputException("role", $"unknown role '{roleId}'");
        var role = snapshot.Roles[roleIndex];
        return Plan(snapshot, role, role.Requires, GapAnalyzer.RegionIndex(snapshot, regionCode), overlay);
    }

    /// <summary>Plans for some of a role's requirements only (those a role bridge leaves open).</summary>
    public static LearningPath Plan(GraphSnapshot snapshot, Role role, IEnumerable<CompetenceLevel> needed, int region, Scenarios.ScenarioOverlay? overlay = null)
    {
        var tree = snapshot.RegionTree;
        var requirements = needed
            .Where(r => snapshot.CompetenceIndex(r.Competence) >= 0)
            .OrderBy(r => r.Competence, StringComparer.Ordinal).ThenBy(r => r.Level)
            .ToArray();

        if (requirements.Length > 64)
            throw new AnalysisInputException("role", $"'{role.Id}' has {requirements.Length} requirements; at most 64 are planned");

        // Regions a learner here can reach: the region, everything below it, and its ancestors.
        var reachable = new bool[tree.Count];
        for (var r = 0; r < tree.Count; r++) reachable[r] = tree.InSubtree(r, region) || tree.IsAncestor(r, region);

        // Which requirements each reachable programme fully supplies, as a bit set over the requirements.
        var covers = new Dictionary<int, ulong>();
        var search = new CoverageSearch(snapshot.Elements, GraphAnalyses.DefaultMaxHops);
        for (var q = 0; q < requirements.Length; q++)
        {
            search.Run(snapshot.Elements.CompetenceNode(snapshot.CompetenceIndex(requirements[q].Competence)));
            foreach (var node in search.Reached)
            {
                if (snapshot.Elements.KindOf(node) != ElementKind.Competence || search.ClassOf(node) == CoverageClass.Partial) continue;
                var programmes = snapshot.CompetenceDevelopedBy.TargetsOf(node);
                var levels = snapshot.CompetenceDevelopedBy.LevelsOf(node);
                for (var i = 0; i < programmes.Length; i++)
                {
                    var p = programmes[i];
                    // Cheapest tests first; the flat hours array spares a pointer chase per programme.
                    if (levels[i] < requirements[q].Level || !OfferedIn(snapshot.ProgrammeRegions.TargetsOf(p), reachable) || snapshot.ProgrammeHours[p] <= 0) continue;
                    if (overlay?.IsRetired(p) == true) continue;
                    covers[p] = covers.GetValueOrDefault(p) | (1UL << q);
                }
                if (overlay is null) continue;
                foreach (var (key, level) in overlay.AddedDeveloping(node))
                {
                    if (level < requirements[q].Level || !OfferedIn(overlay.RegionsOf(key), reachable) || overlay.ProgrammeOf(key).Hours <= 0) continue;
                    covers[key] = covers.GetValueOrDefault(key) | (1UL << q);
                }
            }
        }
        TrainingProgramme Programme(int key) => overlay is null ? snapshot.Programmes[key] : overlay.ProgrammeOf(key);

        var candidates = covers.Select(c => (Programme: c.Key, Covers: c.Value)).OrderBy(c => c.Programme).ToArray();
        var covered = 0UL;
        var steps = new List<LearningStep>();
        while (true)
        {
            int best = -1, bestNew = 0;
            foreach (var (p, set) in candidates)
            {
                var newly = System.Numerics.BitOperations.PopCount(set & ~covered);
                if (newly > 0 && (best < 0 || Better(newly, Programme(p), bestNew, Programme(best))))
                {
                    best = p;
                    bestNew = newly;
                }
            }
            if (best < 0) break;
            var newlyCovered = covers[best] & ~covered;
            covered |= newlyCovered;
            steps.Add(new LearningStep(Programme(best), [.. requirements.Where((_, q) => (newlyCovered & (1UL << q)) != 0)]));
        }

        return new LearningPath(role, tree.Regions[region], steps,
            [.. requirements.Where((_, q) => (covered & (1UL << q)) == 0)], steps.Sum(s => s.Programme.Hours));
    }

    /// <summary>More newly covered requirements per hour (compared exactly), then more requirements, then fewer hours, then the smaller id.</summary>
    private static bool Better(int newly, TrainingProgramme programme, int bestNew, TrainingProgramme best)
    {
        var ratio = ((long)newly * best.Hours).CompareTo((long)bestNew * programme.Hours);
        if (ratio != 0) return ratio > 0;
        if (newly != bestNew) return newly > bestNew;
        if (programme.Hours != best.Hours) return programme.Hours < best.Hours;
        return string.CompareOrdinal(programme.Id, best.Id) < 0;
    }

    private static bool OfferedIn(ReadOnlySpan<int> regions, bool[] reachable)
    {
        foreach (var offered in regions)
        {
            if (reachable[offered]) return true;
        }
        return false;
    }
}
