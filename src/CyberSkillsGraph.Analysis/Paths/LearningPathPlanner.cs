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
    public static LearningPath Plan(GraphSnapshot snapshot, string roleId, string regionCode)
    {
        var roleIndex = snapshot.RoleIndex(roleId);
        if (roleIndex < 0) throw new AnalysisInputException("role", $"unknown role '{roleId}'");
        var region = GapAnalyzer.RegionIndex(snapshot, regionCode);
        var tree = snapshot.RegionTree;
        var role = snapshot.Roles[roleIndex];
        var requirements = role.Requires
            .Where(r => snapshot.CompetenceIndex(r.Competence) >= 0)
            .OrderBy(r => r.Competence, StringComparer.Ordinal).ThenBy(r => r.Level)
            .ToArray();

        if (requirements.Length > 64)
            throw new AnalysisInputException("role", $"'{roleId}' has {requirements.Length} requirements; at most 64 are planned");

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
                    if (levels[i] < requirements[q].Level || !OfferedIn(snapshot, p, reachable) || snapshot.ProgrammeHours[p] <= 0) continue;
                    covers[p] = covers.GetValueOrDefault(p) | (1UL << q);
                }
            }
        }

        var candidates = covers.Select(c => (Programme: c.Key, Covers: c.Value)).OrderBy(c => c.Programme).ToArray();
        var covered = 0UL;
        var steps = new List<LearningStep>();
        while (true)
        {
            int best = -1, bestNew = 0;
            foreach (var (p, set) in candidates)
            {
                var newly = System.Numerics.BitOperations.PopCount(set & ~covered);
                if (newly > 0 && (best < 0 || Better(newly, snapshot.Programmes[p], bestNew, snapshot.Programmes[best])))
                {
                    best = p;
                    bestNew = newly;
                }
            }
            if (best < 0) break;
            var newlyCovered = covers[best] & ~covered;
            covered |= newlyCovered;
            steps.Add(new LearningStep(snapshot.Programmes[best], [.. requirements.Where((_, q) => (newlyCovered & (1UL << q)) != 0)]));
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

    private static bool OfferedIn(GraphSnapshot snapshot, int programme, bool[] reachable)
    {
        foreach (var offered in snapshot.ProgrammeRegions.TargetsOf(programme))
        {
            if (reachable[offered]) return true;
        }
        return false;
    }
}
