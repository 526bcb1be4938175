using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>regionGaps as docs/semantics.md defines it: demand summed from the demand entries, supply read from the snapshot's <see cref="SupplyIndex"/>.</summary>
internal static class GapAnalyzer
{
    private const int Levels = 5;

    /// <summary>
    /// The report of the region's subtree for the year (default: the latest with demand). With <c>includeProposed</c> (a preview)
    /// proposed mappings count as approved. An overlay, when given, is a what-if scenario read over the snapshot: its demand
    /// replaces the stored demand and its programmes change the supply of the rows they touch.
    /// </summary>
    public static RegionGapReport Analyze(GraphSnapshot snapshot, string regionCode, int? requestedYear, bool includeProposed = false, Scenarios.ScenarioOverlay? overlay = null)
    {
        var tree = snapshot.RegionTree;
        var region = RegionIndex(snapshot, regionCode);
        var year = requestedYear ?? (overlay is null ? LatestYear(snapshot, region) : overlay.LatestYear(region));
        if (year is null)
            return new RegionGapReport(tree.Regions[region], null, [], new GapTotals(0, 0, 0, 0), includeProposed);

        // Openings per role over the subtree's entries of the year; a role with an entry is demanded even at zero openings.
        var openings = new long[snapshot.Roles.Count];
        var demanded = new bool[snapshot.Roles.Count];
        var totalOpenings = 0L;
        for (var e = 0; e < snapshot.Demand.Count && overlay is null; e++)
        {
            var entryRegion = snapshot.DemandRegion[e];
            var role = snapshot.DemandRole[e];
            if (snapshot.Demand[e].Year != year || entryRegion < 0 || role < 0 || !tree.InSubtree(entryRegion, region)) continue;
            openings[role] += snapshot.Demand[e].Openings;
            demanded[role] = true;
            totalOpenings += snapshot.Demand[e].Openings;
        }
        if (overlay is not null) totalOpenings = overlay.AddOpenings(year.Value, region, openings, demanded);

        // One row per (competence, level) a demanded role needs; roles are visited in id order, so each row's roles come sorted.
        var rowOf = new Dictionary<int, int>();
        var keys = new List<int>();
        var demand = new List<long>();
        var roles = new List<List<Role>>();
        for (var role = 0; role < snapshot.Roles.Count; role++)
        {
            if (!demanded[role]) continue;
            var competences = snapshot.RoleRequirements.TargetsOf(role);
            var levels = snapshot.RoleRequirements.LevelsOf(role);
            for (var i = 0; i < competences.Length; i++)
            {
                var key = competences[i] * Levels + levels[i] - 1;
                if (!rowOf.TryGetValue(key, out var row))
                {
                    rowOf[key] = row = keys.Count;
                    keys.Add(key);
                    demand.Add(0);
                    roles.Add([]);
                }
                demand[row] += openings[role];
                roles[row].Add(snapshot.Roles[role]);
            }
        }

        var supplyIndex = snapshot.SupplyFor(includeProposed);
        var rows = new SkillGap[keys.Count];
        for (var row = 0; row < keys.Count; row++)
        {
            int competence = keys[row] / Levels, level = keys[row] % Levels + 1;
            var supply = supplyIndex.Supply(tree, region, competence, level);
            var partialSupply = supplyIndex.PartialSupply(tree, region, competence, level);
            var accessible = supplyIndex.Accessible(tree, region, competence, level);
            if (overlay is not null && overlay.Touches(competence))
                (supply, partialSupply, accessible) = overlay.Adjust(region, competence, level, supply, partialSupply, accessible);
            var gap = Math.Max(0, demand[row] - supply);
            var status = !accessible ? GapStatus.Missing : supply < demand[row] ? GapStatus.Shortage : GapStatus.Covered;
            rows[row] = new SkillGap(
                snapshot.Competences[competence], level, demand[row], supply,
                partialSupply, gap,
                demand[row] == 0 ? null : (double)supply / demand[row], accessible, status, roles[row]);
        }
        Array.Sort(rows, CompareRows);

        var totals = new GapTotals(
            totalOpenings,
            rows.Count(r => r.Status == GapStatus.Missing),
            rows.Count(r => r.Status == GapStatus.Shortage),
            rows.Count(r => r.Status == GapStatus.Covered));
        return new RegionGapReport(tree.Regions[region], year, rows, totals, includeProposed);
    }

    /// <summary>The programmes behind one row: those whose seats count and those only reachable from an ancestor region, with the mapping path that makes each count.</summary>
    public static IReadOnlyList<SupplierExplanation> Explain(GraphSnapshot snapshot, string regionCode, string competenceId, int level, bool includeProposed) =>
        Explain(snapshot, regionCode, competenceId, level, includeProposed, overlay: null);

    /// <summary>With an overlay, the programmes as the scenario has them: retired ones left out, seats changed, added ones in.</summary>
    internal static IReadOnlyList<SupplierExplanation> Explain(GraphSnapshot snapshot, string regionCode, string competenceId, int level, bool includeProposed, ScenarioOverlay? overlay)
    {
        var tree = snapshot.RegionTree;
        var region = RegionIndex(snapshot, regionCode);
        var competence = snapshot.CompetenceIndex(competenceId);
        if (competence < 0) throw new AnalysisInputException("competence", $"unknown competence '{competenceId}'");
        if (level is < 1 or > Levels) throw new AnalysisInputException("level", $"{level} is outside 1..{Levels}");

        var elements = snapshot.ElementsFor(includeProposed);
        var search = new CoverageSearch(elements, GraphAnalyses.DefaultMaxHops);
        search.Run(elements.CompetenceNode(competence));
        var best = new Dictionary<int, SupplierExplanation>();
        void Consider(int key, TrainingProgramme programme, ReadOnlySpan<int> regions, int node, int developedLevel, CoveragePath path)
        {
            if (developedLevel < level) return;
            var inSubtree = OfferedIn(regions, r => tree.InSubtree(r, region));
            if (!inSubtree && (path.Class == CoverageClass.Partial || !OfferedIn(regions, r => tree.IsAncestor(r, region)))) return;
            var candidate = new SupplierExplanation(programme, snapshot.Competences[node].Id, developedLevel, path,
                CountsAsSupply: inSubtree && path.Class != CoverageClass.Partial);
            if (!best.TryGetValue(key, out var incumbent) || Better(candidate, incumbent)) best[key] = candidate;
        }
        foreach (var node in search.Reached)
        {
            if (elements.KindOf(node) != ElementKind.Competence) continue;
            var path = search.PathTo(node);
            var programmes = snapshot.CompetenceDevelopedBy.TargetsOf(node);
            var levels = snapshot.CompetenceDevelopedBy.LevelsOf(node);
            for (var i = 0; i < programmes.Length; i++)
            {
                if (overlay?.IsRetired(programmes[i]) == true) continue;
                var programme = overlay?.AsChanged(programmes[i]) ?? snapshot.Programmes[programmes[i]];
                Consider(programmes[i], programme, snapshot.ProgrammeRegions.TargetsOf(programmes[i]), node, levels[i], path);
            }
            if (overlay is null) continue;
            foreach (var (key, developedLevel) in overlay.AddedDeveloping(node))
                Consider(key, overlay.ProgrammeOf(key), overlay.RegionsOf(key), node, developedLevel, path);
        }
        return [.. best.Values
            .OrderBy(e => e.CountsAsSupply ? 0 : e.Path.Class == CoverageClass.Partial ? 1 : 2)
            .ThenByDescending(e => e.Programme.SeatsPerYear)
            .ThenBy(e => e.Programme.Id, StringComparer.Ordinal)];
    }

    private static bool Better(SupplierExplanation candidate, SupplierExplanation incumbent) =>
        candidate.Path.Class != incumbent.Path.Class ? candidate.Path.Class < incumbent.Path.Class
        : candidate.Path.Hops != incumbent.Path.Hops ? candidate.Path.Hops < incumbent.Path.Hops
        : (candidate.Path.MinStrength ?? 11) > (incumbent.Path.MinStrength ?? 11);

    private static bool OfferedIn(ReadOnlySpan<int> regions, Func<int, bool> where)
    {
        foreach (var region in regions)
        {
            if (where(region)) return true;
        }
        return false;
    }

    internal static int RegionIndex(GraphSnapshot snapshot, string code) =>
        snapshot.RegionTree.IndexOf(code) is var index and >= 0 ? index
        : throw new AnalysisInputException("region", $"unknown region '{code}'");

    internal static int? LatestYear(GraphSnapshot snapshot, int region)
    {
        int? latest = null;
        for (var e = 0; e < snapshot.Demand.Count; e++)
        {
            if (snapshot.DemandRegion[e] >= 0 && snapshot.RegionTree.InSubtree(snapshot.DemandRegion[e], region))
                latest = Math.Max(latest ?? int.MinValue, snapshot.Demand[e].Year);
        }
        return latest;
    }

    /// <summary>Gap descending, then demand descending, then competence id, then level descending.</summary>
    private static int CompareRows(SkillGap a, SkillGap b)
    {
        if (a.Gap != b.Gap) return b.Gap.CompareTo(a.Gap);
        if (a.Demand != b.Demand) return b.Demand.CompareTo(a.Demand);
        var byId = string.CompareOrdinal(a.Competence.Id, b.Competence.Id);
        return byId != 0 ? byId : b.Level.CompareTo(a.Level);
    }
}
