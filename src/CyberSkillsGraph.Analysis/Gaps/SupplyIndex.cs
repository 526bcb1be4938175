using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>
/// Seats that fully and partially supply each (competence, level), summed so that any region's
/// subtree is answered in constant time, plus the highest level each region's own programmes reach.
///
/// A programme offered in several regions must count once in a subtree that holds more than one of
/// them. Each programme adds its seats at each of its regions (sorted in pre-order) and takes them
/// away at the lowest common ancestor of each neighbouring pair; the sum over any subtree is then
/// its seats exactly when the subtree holds one of its regions. Prefix sums over pre-order positions
/// turn a subtree sum into one subtraction.
/// </summary>
internal sealed class SupplyIndex
{
    private const int Levels = 5;

    private readonly int _positions;
    private readonly long[] _fullSeats;
    private readonly long[] _partialSeats;
    private readonly byte[] _ownMaxLevel;
    private readonly byte[] _subtreeMaxLevel;

    private readonly ElementGraph _elements;

    /// <summary>Builds the index over <c>elements</c>: the approved mapping graph, or the preview graph with proposals.</summary>
    public SupplyIndex(GraphSnapshot snapshot, ElementGraph elements)
    {
        _elements = elements;
        var tree = snapshot.RegionTree;
        _positions = tree.Count;
        var competences = snapshot.Competences.Count;
        _fullSeats = new long[competences * Levels * (_positions + 1)];
        _partialSeats = new long[competences * Levels * (_positions + 1)];
        _ownMaxLevel = new byte[competences * _positions];
        _subtreeMaxLevel = new byte[competences * _positions];
        var contributions = RegionContributions(snapshot);

        // Each competence writes only its own slices, so competences are filled in parallel.
        Parallel.For(0, competences,
            () => new Scratch(snapshot, elements),
            (competence, _, scratch) =>
            {
                Fill(snapshot, contributions, competence, scratch);
                return scratch;
            },
            _ => { });
    }

    /// <summary>Seats of programmes offered in the region's subtree that fully supply the competence at the level.</summary>
    public long Supply(RegionTree tree, int region, int competence, int level) => SubtreeSum(_fullSeats, tree, region, competence, level);

    /// <summary>Seats of programmes offered in the region's subtree that only partially supply it.</summary>
    public long PartialSupply(RegionTree tree, int region, int competence, int level) => SubtreeSum(_partialSeats, tree, region, competence, level);

    /// <summary>True when a programme offered in the region's subtree or in one of its ancestors fully supplies the competence at the level.</summary>
    public bool Accessible(RegionTree tree, int region, int competence, int level)
    {
        if (_subtreeMaxLevel[competence * _positions + tree.Position(region)] >= level) return true;
        foreach (var ancestor in tree.Ancestors(region))
        {
            if (_ownMaxLevel[competence * _positions + tree.Position(ancestor)] >= level) return true;
        }
        return false;
    }

    private long SubtreeSum(long[] table, RegionTree tree, int region, int competence, int level)
    {
        var row = (competence * Levels + level - 1) * (_positions + 1);
        return table[row + tree.SubtreeEnd(region)] - table[row + tree.Position(region)];
    }

    private void Fill(GraphSnapshot snapshot, Contributions contributions, int competence, Scratch scratch)
    {
        var search = scratch.Search;
        search.Run(_elements.CompetenceNode(competence));
        scratch.Run++;
        scratch.Touched.Clear();
        var developedBy = snapshot.CompetenceDevelopedBy;
        foreach (var node in search.Reached)
        {
            if (_elements.KindOf(node) != Domain.Model.ElementKind.Competence) continue;
            var fully = search.ClassOf(node) is CoverageClass.Equal or CoverageClass.Full;
            var programmes = developedBy.TargetsOf(node);
            var levels = developedBy.LevelsOf(node);
            for (var i = 0; i < programmes.Length; i++)
            {
                ref var best = ref scratch.Programmes[programmes[i]];
                if (best.Run != scratch.Run)
                {
                    best = new ProgrammeLevels { Run = scratch.Run };
                    scratch.Touched.Add(programmes[i]);
                }
                if (fully) best.Full = Math.Max(best.Full, (byte)levels[i]);
                else best.Partial = Math.Max(best.Partial, (byte)levels[i]);
            }
        }

        // Seats go first into a small per-position buffer (it stays in the processor's cache), by level:
        // full supply at level L counts programmes whose full level is L or more (a suffix sum below),
        // partial supply those whose full level is below L and partial level at least L (a difference array).
        const int Width = Levels + 2;
        Array.Clear(scratch.FullAt);
        Array.Clear(scratch.PartialDelta);
        var tree = snapshot.RegionTree;
        var ownMax = _ownMaxLevel.AsSpan(competence * _positions, _positions);
        foreach (var p in scratch.Touched)
        {
            int fullLevel = scratch.Programmes[p].Full, partialLevel = scratch.Programmes[p].Partial;
            var seats = contributions.Seats[p];
            var set = contributions.SetOf[p];
            for (var c = contributions.Offsets[set]; c < contributions.Offsets[set + 1]; c++)
            {
                var at = contributions.Positions[c] * Width;
                var signed = (long)contributions.Signs[c] * seats;
                if (fullLevel > 0) scratch.FullAt[at + fullLevel] += signed;
                if (partialLevel > fullLevel)
                {
                    scratch.PartialDelta[at + fullLevel + 1] += signed;
                    scratch.PartialDelta[at + partialLevel + 1] -= signed;
                }
            }
            if (fullLevel > 0)
            {
                foreach (var region in contributions.Regions[set])
                {
                    ref var own = ref ownMax[tree.Position(region)];
                    own = Math.Max(own, (byte)fullLevel);
                }
            }
        }
        for (var position = 0; position < _positions; position++)
        {
            var at = position * Width;
            long full = 0, partial = 0;
            for (var level = Levels; level >= 1; level--)
            {
                full += scratch.FullAt[at + level];
                _fullSeats[(competence * Levels + level - 1) * (_positions + 1) + position + 1] = full;
            }
            for (var level = 1; level <= Levels; level++)
            {
                partial += scratch.PartialDelta[at + level];
                _partialSeats[(competence * Levels + level - 1) * (_positions + 1) + position + 1] = partial;
            }
        }

        for (var level = 0; level < Levels; level++)
        {
            var row = (competence * Levels + level) * (_positions + 1);
            for (var position = 0; position < _positions; position++)
            {
                _fullSeats[row + position + 1] += _fullSeats[row + position];
                _partialSeats[row + position + 1] += _partialSeats[row + position];
            }
        }
        // Children follow their parent in pre-order, so a backwards pass folds each subtree into its root.
        var slice = competence * _positions;
        for (var position = 0; position < _positions; position++) _subtreeMaxLevel[slice + position] = _ownMaxLevel[slice + position];
        for (var position = _positions - 1; position > 0; position--)
        {
            var parent = tree.Parent(tree.AtPosition(position));
            if (parent < 0) continue;
            ref var parentMax = ref _subtreeMaxLevel[slice + tree.Position(parent)];
            parentMax = Math.Max(parentMax, _subtreeMaxLevel[slice + position]);
        }
    }

    /// <summary>
    /// The distinct sets of regions programmes are offered in, each with the pre-order positions where
    /// its seats are added (+1) or taken away (-1), and the set of each programme.
    /// </summary>
    private static Contributions RegionContributions(GraphSnapshot snapshot)
    {
        var tree = snapshot.RegionTree;
        var setOf = new int[snapshot.Programmes.Count];
        var sets = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new List<int[]>();
        var offsets = new List<int> { 0 };
        var positions = new List<int>();
        var signs = new List<int>();
        for (var p = 0; p < snapshot.Programmes.Count; p++)
        {
            var offered = snapshot.ProgrammeRegions.TargetsOf(p).ToArray().Distinct().OrderBy(tree.Position).ToArray();
            var key = string.Join(',', offered);
            if (!sets.TryGetValue(key, out var set))
            {
                sets[key] = set = regions.Count;
                regions.Add(offered);
                for (var i = 0; i < offered.Length; i++)
                {
                    positions.Add(tree.Position(offered[i]));
                    signs.Add(1);
                    if (i + 1 < offered.Length && tree.LowestCommonAncestor(offered[i], offered[i + 1]) is var lca and >= 0)
                    {
                        positions.Add(tree.Position(lca));
                        signs.Add(-1);
                    }
                }
                offsets.Add(positions.Count);
            }
            setOf[p] = set;
        }
        // Seats copied into a flat array: reading them from the records would chase a pointer per programme.
        var seats = snapshot.Programmes.Select(p => p.SeatsPerYear).ToArray();
        return new Contributions(setOf, seats, [.. regions], [.. offsets], [.. positions], [.. signs]);
    }

    private sealed record Contributions(int[] SetOf, int[] Seats, int[][] Regions, int[] Offsets, int[] Positions, int[] Signs);

    /// <summary>Per-thread working memory: a search, per programme the best levels seen for the competence being filled, and seats by region position and level.</summary>
    private sealed class Scratch(GraphSnapshot snapshot, ElementGraph elements)
    {
        public long[] FullAt { get; } = new long[snapshot.RegionTree.Count * (Levels + 2)];
        public long[] PartialDelta { get; } = new long[snapshot.RegionTree.Count * (Levels + 2)];
        public CoverageSearch Search { get; } = new(elements, GraphAnalyses.DefaultMaxHops);
        public ProgrammeLevels[] Programmes { get; } = new ProgrammeLevels[snapshot.Programmes.Count];
        public List<int> Touched { get; } = [];
        public int Run { get; set; }
    }

    /// <summary>The best full and partial level one programme reaches for the competence being filled; one cache line holds eight.</summary>
    private struct ProgrammeLevels
    {
        public int Run;
        public byte Full;
        public byte Partial;
    }
}
