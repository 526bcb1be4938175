using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// A scenario read over a snapshot without copying it. Demand is recomputed from the stored entries
/// (the cost regionGaps already pays). Supply is read from the snapshot's index and corrected by the
/// programmes the scenario touches: one <see cref="ReverseReach"/> per competence they develop finds
/// the needed competences whose rows can move and how each reaches it, and a row's correction takes
/// the touched programmes' old contribution out and their new one in. So the work grows with what the
/// scenario touches, not with the graph. The one case the index cannot correct, a retired programme
/// that gave a row its accessibility, recomputes that row from the programmes. Proposed mappings are
/// not handled here (they change every path); <see cref="ScenarioAnalyses"/> rebuilds the snapshot for them.
/// </summary>
internal sealed class ScenarioOverlay
{
    private readonly GraphSnapshot _snapshot;
    private readonly Scenario _scenario;
    private readonly HashSet<int> _retired = [];
    private readonly Dictionary<int, int> _seats = [];
    private readonly int[][] _addedRegions;
    private readonly Dictionary<int, List<(int Added, int Level)>> _addedByCompetence = [];
    private readonly Dictionary<int, List<(int Taught, byte Class)>> _reach = [];
    private readonly Dictionary<int, List<(int Key, int Level)>> _touchedDeveloping = [];
    private readonly Dictionary<int, List<(int Key, byte Full, byte Partial)>> _touchedLevels = [];
    private readonly Dictionary<(int Region, int Role, int Year), int> _setDemand = [];
    private readonly List<(int Region, int Role, int Year, int Openings)> _newDemand = [];
    private readonly Dictionary<int, decimal> _roleFactors = [];
    private readonly Dictionary<int, int[]> _fullyReached = [];
    private CoverageSearch? _search;

    /// <summary>The scenario must have passed <see cref="ScenarioValidator"/> against this snapshot.</summary>
    public ScenarioOverlay(GraphSnapshot snapshot, Scenario scenario)
    {
        _snapshot = snapshot;
        _scenario = scenario;
        foreach (var change in scenario.ChangeProgrammes)
        {
            var p = snapshot.ProgrammeIndex(change.Programme);
            if (p < 0 || snapshot.Programmes[p].IsRetired) continue;
            if (change.Retire) _retired.Add(p);
            else if (change.SeatsPerYear is { } seats) _seats[p] = seats;
            var developed = snapshot.ProgrammeDevelops.TargetsOf(p);
            var levels = snapshot.ProgrammeDevelops.LevelsOf(p);
            for (var i = 0; i < developed.Length; i++) Touch(developed[i], p, levels[i]);
        }
        _addedRegions = new int[scenario.AddProgrammes.Count][];
        for (var a = 0; a < scenario.AddProgrammes.Count; a++)
        {
            var added = scenario.AddProgrammes[a];
            _addedRegions[a] = [.. added.Regions.Select(snapshot.RegionTree.IndexOf).Where(r => r >= 0).Distinct()];
            if (added.IsRetired) continue;
            foreach (var developed in added.Develops)
            {
                var competence = snapshot.CompetenceIndex(developed.Competence);
                if (competence < 0) continue;
                if (!_addedByCompetence.TryGetValue(competence, out var list)) _addedByCompetence[competence] = list = [];
                list.Add((a, developed.Level));
                Touch(competence, AddedKey(a), developed.Level);
            }
        }
        // One search, its working memory reused for every competence the scenario teaches.
        var search = new ReverseReach(snapshot.Elements, GraphAnalyses.DefaultMaxHops);
        foreach (var competence in _touchedDeveloping.Keys)
        {
            var taught = snapshot.Elements.CompetenceNode(competence);
            foreach (var needed in search.Run(taught))
            {
                if (!_reach.TryGetValue(needed, out var list)) _reach[needed] = list = [];
                list.Add((taught, search.ClassOf(needed)));
            }
        }

        foreach (var factor in scenario.RoleDemandFactors)
        {
            if (snapshot.RoleIndex(factor.Role) is var role and >= 0) _roleFactors[role] = factor.Factor;
        }
        foreach (var entry in scenario.Demand)
        {
            var key = (snapshot.RegionTree.IndexOf(entry.Region), snapshot.RoleIndex(entry.Role), entry.Year);
            if (key.Item1 < 0 || key.Item2 < 0) continue;
            if (IsStored(snapshot, entry)) _setDemand[key] = entry.Openings;
            else _newDemand.Add((key.Item1, key.Item2, key.Item3, entry.Openings));
        }
    }

    /// <summary>Whether the graph has an entry for the same region, role and year.</summary>
    private static bool IsStored(GraphSnapshot snapshot, DemandEntry entry) => snapshot.FindDemand(entry.Region, entry.Role, entry.Year) is not null;

    private CoverageSearch Search => _search ??= new CoverageSearch(_snapshot.Elements, GraphAnalyses.DefaultMaxHops);

    /// <summary>The latest year with demand in the region's subtree: stored entries are never removed by a scenario, only added.</summary>
    public int? LatestYear(int region)
    {
        var latest = Gaps.GapAnalyzer.LatestYear(_snapshot, region);
        foreach (var entry in _newDemand)
        {
            if (_snapshot.RegionTree.InSubtree(entry.Region, region)) latest = Math.Max(latest ?? int.MinValue, entry.Year);
        }
        return latest;
    }

    /// <summary>Adds the scenario's openings per role over the subtree's entries of the year; returns their sum.</summary>
    public long AddOpenings(int year, int region, long[] openings, bool[] demanded)
    {
        var tree = _snapshot.RegionTree;
        var total = 0L;
        for (var e = 0; e < _snapshot.Demand.Count; e++)
        {
            var entryRegion = _snapshot.DemandRegion[e];
            var role = _snapshot.DemandRole[e];
            var entryYear = _snapshot.Demand[e].Year;
            if (entryYear != year || entryRegion < 0 || role < 0 || !tree.InSubtree(entryRegion, region)) continue;
            var value = _setDemand.TryGetValue((entryRegion, role, entryYear), out var set)
                ? set
                : Scenario.Scale(_snapshot.Demand[e].Openings, _roleFactors.GetValueOrDefault(role, _scenario.DemandFactor));
            openings[role] += value;
            demanded[role] = true;
            total += value;
        }
        foreach (var entry in _newDemand)
        {
            if (entry.Year != year || !tree.InSubtree(entry.Region, region)) continue;
            openings[entry.Role] += entry.Openings;
            demanded[entry.Role] = true;
            total += entry.Openings;
        }
        return total;
    }

    /// <summary>True when the scenario may change the supply of the competence.</summary>
    public bool Touches(int competence) => _reach.ContainsKey(competence);

    /// <summary>A touched row's supply, partial supply and accessibility under the scenario, from the stored row's.</summary>
    public (long Supply, long Partial, bool Accessible) Adjust(int region, int competence, int level, long supply, long partial, bool accessible)
    {
        var tree = _snapshot.RegionTree;
        var lostAccess = false;
        var gainedAccess = false;
        foreach (var (key, full, partialLevel) in TouchedLevels(competence))
        {
            var inSubtree = false;
            var inAncestor = false;
            foreach (var r in RegionsOf(key))
            {
                inSubtree |= tree.InSubtree(r, region);
                inAncestor |= tree.IsAncestor(r, region);
            }
            var gives = full >= level && (inSubtree || inAncestor);
            if (key < _snapshot.Programmes.Count && inSubtree)
            {
                // Take out what the index counted for it.
                if (full >= level) supply -= _snapshot.Programmes[key].SeatsPerYear;
                else if (partialLevel >= level) partial -= _snapshot.Programmes[key].SeatsPerYear;
            }
            if (_retired.Contains(key))
            {
                lostAccess |= gives;
                continue;
            }
            if (inSubtree)
            {
                if (full >= level) supply += SeatsOf(key);
                else if (partialLevel >= level) partial += SeatsOf(key);
            }
            gainedAccess |= gives;
        }
        // The index keeps no count of who makes a row accessible: when a retired programme did, look for another one.
        if (accessible && lostAccess && !gainedAccess) accessible = AccessibleWithoutRetired(region, competence, level);
        return (supply, partial, accessible || gainedAccess);
    }

    private void Touch(int competence, int key, int level)
    {
        if (!_touchedDeveloping.TryGetValue(competence, out var list)) _touchedDeveloping[competence] = list = [];
        list.Add((key, level));
    }

    /// <summary>The touched programmes' best full and partial level for a needed competence, from the reverse searches.</summary>
    private List<(int Key, byte Full, byte Partial)> TouchedLevels(int competence)
    {
        if (_touchedLevels.TryGetValue(competence, out var cached)) return cached;
        var best = new Dictionary<int, (byte Full, byte Partial)>();
        foreach (var (taught, cls) in _reach[competence])
        {
            var fully = cls is (byte)CoverageClass.Equal or (byte)CoverageClass.Full;
            foreach (var (key, level) in _touchedDeveloping[taught])
            {
                var current = best.GetValueOrDefault(key);
                best[key] = fully ? (Math.Max(current.Full, (byte)level), current.Partial) : (current.Full, Math.Max(current.Partial, (byte)level));
            }
        }
        var result = best.Select(kv => (kv.Key, kv.Value.Full, kv.Value.Partial)).ToList();
        _touchedLevels[competence] = result;
        return result;
    }

    /// <summary>
    /// Whether a stored programme the scenario does not retire fully supplies the row from the region, its subtree or an
    /// ancestor. The competences a full path reaches are kept per needed competence; the walk stops at the first programme found.
    /// </summary>
    private bool AccessibleWithoutRetired(int region, int competence, int level)
    {
        if (!_fullyReached.TryGetValue(competence, out var nodes))
        {
            Search.Run(_snapshot.Elements.CompetenceNode(competence));
            nodes = [.. Search.Reached.Where(n => _snapshot.Elements.KindOf(n) == ElementKind.Competence && Search.ClassOf(n) is CoverageClass.Equal or CoverageClass.Full)];
            _fullyReached[competence] = nodes;
        }
        var tree = _snapshot.RegionTree;
        foreach (var node in nodes)
        {
            var programmes = _snapshot.CompetenceDevelopedBy.TargetsOf(node);
            var levels = _snapshot.CompetenceDevelopedBy.LevelsOf(node);
            for (var i = 0; i < programmes.Length; i++)
            {
                if (levels[i] < level || _retired.Contains(programmes[i])) continue;
                foreach (var r in _snapshot.ProgrammeRegions.TargetsOf(programmes[i]))
                {
                    if (tree.InSubtree(r, region) || tree.IsAncestor(r, region)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>Programme key of an added programme: after the snapshot's programmes.</summary>
    public int AddedKey(int added) => _snapshot.Programmes.Count + added;

    public TrainingProgramme ProgrammeOf(int key) =>
        key < _snapshot.Programmes.Count ? _snapshot.Programmes[key] : _scenario.AddProgrammes[key - _snapshot.Programmes.Count];

    public bool IsRetired(int programme) => _retired.Contains(programme);

    /// <summary>A stored programme with the seats the scenario gives it.</summary>
    public TrainingProgramme AsChanged(int programme) =>
        _seats.TryGetValue(programme, out var seats) ? _snapshot.Programmes[programme] with { SeatsPerYear = seats } : _snapshot.Programmes[programme];

    public ReadOnlySpan<int> RegionsOf(int key) =>
        key < _snapshot.Programmes.Count ? _snapshot.ProgrammeRegions.TargetsOf(key) : _addedRegions[key - _snapshot.Programmes.Count];

    /// <summary>Added programmes (as keys) developing the competence, with the level.</summary>
    public IEnumerable<(int Key, int Level)> AddedDeveloping(int competence) =>
        _addedByCompetence.TryGetValue(competence, out var list) ? list.Select(a => (AddedKey(a.Added), a.Level)) : [];

    private long SeatsOf(int key) =>
        key < _snapshot.Programmes.Count ? _seats.GetValueOrDefault(key, _snapshot.Programmes[key].SeatsPerYear) : ProgrammeOf(key).SeatsPerYear;
}
