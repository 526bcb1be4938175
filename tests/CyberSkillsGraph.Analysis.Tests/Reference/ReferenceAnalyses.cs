using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Reference;

/// <summary>
/// The four analyses of docs/semantics.md written straight from the text with plain loops over the
/// records of a <see cref="GraphContent"/>. Slow on purpose: it is the oracle the engine is compared with.
/// </summary>
internal static class ReferenceAnalyses
{
    public static RegionGapReport RegionGaps(GraphContent content, string region, int? year, int maxHops = GraphAnalyses.DefaultMaxHops)
    {
        var regionRecord = content.Regions.Single(r => r.Code == region);
        var subtree = content.Regions.Where(r => InSubtree(content, r.Code, region)).Select(r => r.Code).ToHashSet();
        var reachable = subtree.Concat(Ancestors(content, region)).ToHashSet();

        // The year defaults to the latest year of any demand entry in the subtree; null when there is none.
        var entriesInSubtree = content.Demand.Where(d => subtree.Contains(d.Region)).ToList();
        var effectiveYear = year ?? (entriesInSubtree.Count == 0 ? null : entriesInSubtree.Max(d => d.Year));
        var entries = entriesInSubtree.Where(d => d.Year == effectiveYear).ToList();

        var demand = new Dictionary<(string Competence, int Level), long>();
        var roles = new Dictionary<(string Competence, int Level), SortedSet<string>>();
        foreach (var entry in entries)
        {
            var role = content.Roles.Single(r => r.Id == entry.Role);
            foreach (var requirement in role.Requires)
            {
                var key = (requirement.Competence, requirement.Level);
                demand[key] = demand.GetValueOrDefault(key) + entry.Openings;
                if (!roles.TryGetValue(key, out var set)) roles[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(entry.Role);
            }
        }

        var rows = new List<SkillGap>();
        foreach (var ((competence, level), needed) in demand)
        {
            var supply = 0;
            var partialSupply = 0;
            var accessible = false;
            foreach (var programme in content.TrainingProgrammes)
            {
                var cover = Supplies(content, programme, competence, level, maxHops);
                var inSubtree = programme.Regions.Any(subtree.Contains);
                if (cover == Supply.Full && inSubtree) supply += programme.SeatsPerYear;
                if (cover == Supply.Partial && inSubtree) partialSupply += programme.SeatsPerYear;
                if (cover == Supply.Full && programme.Regions.Any(reachable.Contains)) accessible = true;
            }
            var status = !accessible ? GapStatus.Missing : supply < needed ? GapStatus.Shortage : GapStatus.Covered;
            rows.Add(new SkillGap(
                content.Competences.Single(c => c.Id == competence),
                level,
                needed,
                supply,
                partialSupply,
                Math.Max(0, needed - supply),
                needed == 0 ? null : (double)supply / needed,
                accessible,
                status,
                [.. roles[(competence, level)].Select(id => content.Roles.Single(r => r.Id == id))]));
        }

        rows.Sort((a, b) =>
            a.Gap != b.Gap ? b.Gap.CompareTo(a.Gap)
            : a.Demand != b.Demand ? b.Demand.CompareTo(a.Demand)
            : string.CompareOrdinal(a.Competence.Id, b.Competence.Id) is var byId and not 0 ? byId
            : b.Level.CompareTo(a.Level));

        var totals = new GapTotals(
            entries.Sum(e => e.Openings),
            rows.Count(r => r.Status == GapStatus.Missing),
            rows.Count(r => r.Status == GapStatus.Shortage),
            rows.Count(r => r.Status == GapStatus.Covered));
        return new RegionGapReport(regionRecord, effectiveYear, rows, totals);
    }

    public static LearningPath LearningPath(GraphContent content, string role, string region, int maxHops = GraphAnalyses.DefaultMaxHops)
    {
        var roleRecord = content.Roles.Single(r => r.Id == role);
        var regionRecord = content.Regions.Single(r => r.Code == region);
        var reachable = content.Regions.Where(r => InSubtree(content, r.Code, region)).Select(r => r.Code)
            .Concat(Ancestors(content, region)).ToHashSet();
        var candidates = content.TrainingProgrammes.Where(p => p.Hours > 0 && p.Regions.Any(reachable.Contains)).ToList();

        var remaining = roleRecord.Requires.ToList();
        var steps = new List<LearningStep>();
        while (true)
        {
            TrainingProgramme? best = null;
            List<CompetenceLevel> bestCovers = [];
            foreach (var candidate in candidates)
            {
                var covers = remaining.Where(q => Supplies(content, candidate, q.Competence, q.Level, maxHops) == Supply.Full).ToList();
                if (covers.Count == 0) continue;
                if (best is null || Better(candidate, covers.Count, best, bestCovers.Count))
                {
                    best = candidate;
                    bestCovers = covers;
                }
            }
            if (best is null) break;
            steps.Add(new LearningStep(best, bestCovers));
            remaining.RemoveAll(bestCovers.Contains);
        }
        return new LearningPath(roleRecord, regionRecord, steps, remaining, steps.Sum(s => s.Programme.Hours));
    }

    public static CoverageReport FrameworkCoverage(GraphContent content, string source, string target, int maxHops = GraphAnalyses.DefaultMaxHops)
    {
        var elements = new List<ElementCoverage>();
        var targetCompetences = content.Competences.Where(c => c.Framework == target).Select(c => c.Id).ToHashSet();
        var targetRoles = content.Roles.Where(r => r.Framework == target).Select(r => r.Id).ToHashSet();
        foreach (var competence in content.Competences.Where(c => c.Framework == source).OrderBy(c => c.Id, StringComparer.Ordinal))
            elements.Add(new ElementCoverage(competence.Id, ElementKind.Competence, ReferencePaths.Best(content, competence.Id, targetCompetences.Contains, maxHops)));
        foreach (var role in content.Roles.Where(r => r.Framework == source).OrderBy(r => r.Id, StringComparer.Ordinal))
            elements.Add(new ElementCoverage(role.Id, ElementKind.Role, ReferencePaths.Best(content, role.Id, targetRoles.Contains, maxHops)));

        List<CoverageShare> shares = [Share(ElementKind.Competence), Share(ElementKind.Role)];
        return new CoverageReport(source, target, maxHops, elements, shares);

        CoverageShare Share(ElementKind kind)
        {
            var ofKind = elements.Where(e => e.Kind == kind).ToList();
            return new CoverageShare(
                kind,
                ofKind.Count,
                ofKind.Count(e => e.Class == CoverageClass.Equal),
                ofKind.Count(e => e.Class == CoverageClass.Full),
                ofKind.Count(e => e.Class == CoverageClass.Partial),
                ofKind.Count(e => e.Class == CoverageClass.None));
        }
    }

    /// <summary>Every other element reachable within maxHops with its best path, sorted by class, hops, id. The start itself is not listed.</summary>
    public static IReadOnlyList<Equivalence> Equivalents(GraphContent content, string id, int maxHops = GraphAnalyses.DefaultMaxHops)
    {
        var reached = ReferencePaths.All(content, id, maxHops).Select(p => p.Nodes[^1]).Where(n => n != id).Distinct();
        var result = new List<Equivalence>();
        foreach (var other in reached)
        {
            var best = ReferencePaths.Best(content, id, n => n == other, maxHops)!;
            result.Add(new Equivalence(other, KindOf(content, other), best.Class, best.Hops, best.MinStrength, best.Path));
        }
        result.Sort((a, b) =>
            a.Class != b.Class ? a.Class.CompareTo(b.Class)
            : a.Hops != b.Hops ? a.Hops.CompareTo(b.Hops)
            : string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <summary>Whether a programme fully or partially supplies (c, L): some developed (c', L' ≥ L) covers c with the class.</summary>
    public static Supply Supplies(GraphContent content, TrainingProgramme programme, string competence, int level, int maxHops)
    {
        var partial = false;
        foreach (var developed in programme.Develops)
        {
            if (developed.Level < level) continue;
            var cover = ReferencePaths.Cover(content, competence, developed.Competence, maxHops);
            if (cover is CoverageClass.Equal or CoverageClass.Full) return Supply.Full;
            if (cover == CoverageClass.Partial) partial = true;
        }
        return partial ? Supply.Partial : Supply.None;
    }

    public static bool InSubtree(GraphContent content, string region, string root)
    {
        for (string? code = region; code is not null; code = content.Regions.Single(r => r.Code == code).Parent)
        {
            if (code == root) return true;
        }
        return false;
    }

    public static List<string> Ancestors(GraphContent content, string region)
    {
        var ancestors = new List<string>();
        for (var parent = content.Regions.Single(r => r.Code == region).Parent; parent is not null; parent = content.Regions.Single(r => r.Code == parent).Parent)
            ancestors.Add(parent);
        return ancestors;
    }

    private static ElementKind KindOf(GraphContent content, string id) =>
        content.Competences.Any(c => c.Id == id) ? ElementKind.Competence
        : content.Roles.Any(r => r.Id == id) ? ElementKind.Role
        : ElementKind.Standard;

    /// <summary>Most newly covered per hour (compared by cross-multiplication, exactly), then more covered, fewer hours, smaller id.</summary>
    private static bool Better(TrainingProgramme a, int aCovers, TrainingProgramme b, int bCovers)
    {
        var byRatio = ((long)aCovers * b.Hours).CompareTo((long)bCovers * a.Hours);
        if (byRatio != 0) return byRatio > 0;
        if (aCovers != bCovers) return aCovers > bCovers;
        if (a.Hours != b.Hours) return a.Hours < b.Hours;
        return string.CompareOrdinal(a.Id, b.Id) < 0;
    }
}
