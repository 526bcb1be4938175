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
    private readonly int[] _fullSeats;
    private readonly int[] _partialSeats;
    private readonly byte[] _ownMaxLevel;
    private readonly byte[] _subtreeMaxLevel;

    public SupplyIndex(GraphSnapshot snapshot)
    {
        var tree = snapshot.RegionTree;
        _positions = tree.Count;
        var competences = snapshot.Competences.Count;
        _fullSeats = new int[competences * Levels * (_positions + 1)];
        _partialSeats = new int[competences * Levels * (_positions + 1)];
        _ownMaxLevel = new byte[competences * _positions];
        _subtreeMaxLevel = new byte[competences * _positions];
        var contributions = RegionContributions(snapshot);

        // Each competence writes only its own slices, so competences are filled in parallel.
        Parallel.For(0, competences,
            () => new Scratch(snapshot),
            (competence, _, scratch) =>
            {
                Fill(snapshot, contributions, competence, scratch);
                return scratch;
            },
            _ => { });
    }

    /// <summary>Seats of programmes offered in the region's subtree that fully supply the competence at the level.</summary>
    public int Supply(RegionTree tree, int region, int competence, int level) => SubtreeSum(_fullSeats, tree, region, competence, level);

    /// <summary>Seats of programmes offered in the region's subtree that only partially supply it.</summary>
    public int PartialSupply(RegionTree tree, int region, int competence, int level) => SubtreeSum(_partialSeats, tree, region, competence, level);

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

    private int SubtreeSum(int[] table, RegionTree tree, int region, int competence, int level)
    {
        var row = (competence * Levels + level - 1) * (_positions + 1);
        return table[row + tree.SubtreeEnd(region)] - table[row + tree.Position(region)];
    }

    private void Fill(GraphSnapshot snapshot, Contributions contributions, int competence, Scratch scratch)
    {
        var search = scratch.Search;
        search.Run(snapshot.Elements.CompetenceNode(competence));
        scratch.Run++;
        scratch.Touched.Clear();
        var developedBy = snapshot.CompetenceDevelopedBy;
        foreach (var node in search.Reached)
        {
            if (snapshot.Elements.KindOf(node) != Domain.Model.ElementKind.Competence) continue;
            var full = search.ClassOf(node) is CoverageClass.Equal or CoverageClass.Full;
            var programmes = developedBy.TargetsOf(node);
            var levels = developedBy.LevelsOf(node);
            for (var i = 0; i < programmes.Length; i++)
            {
                var p = programmes[i];
                if (scratch.Stamp[p] != scratch.Run)
                {
                    scratch.Stamp[p] = scratch.Run;
                    scratch.FullLevel[p] = 0;
                    scratch.PartialLevel[p] = 0;
                    scratch.Touched.Add(p);
                }
                if (full) scratch.FullLevel[p] = Math.Max(scratch.FullLevel[p], (byte)levels[i]);
                else scratch.PartialLevel[p] = Math.Max(scratch.PartialLevel[p], (byte)levels[i]);
            }
        }

        var tree = snapshot.RegionTree;
        foreach (var p in scratch.Touched)
        {
            int fullLevel = scratch.FullLevel[p], partialLevel = scratch.PartialLevel[p];
            var seats = snapshot.Programmes[p].SeatsPerYear;
            for (var c = contributions.Offsets[p]; c < contributions.Offsets[p + 1]; c++)
            {
                var position = contributions.Positions[c];
                var signedSeats = contributions.Signs[c] * seats;
                // A programme partially supplies only the levels it does not fully supply.
                for (var level = 1; level <= Math.Min(fullLevel, Levels); level++)
                    _fullSeats[(competence * Levels + level - 1) * (_positions + 1) + position + 1] += signedSeats;
                for (var level = fullLevel + 1; level <= Math.Min(partialLevel, Levels); level++)
                    _partialSeats[(competence * Levels + level - 1) * (_positions + 1) + position + 1] += signedSeats;
            }
            foreach (var region in snapshot.ProgrammeRegions.TargetsOf(p))
            {
                ref var own = ref _ownMaxLevel[competence * _positions + tree.Position(region)];
                own = Math.Max(own, (byte)fullLevel);
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

    /// <summary>Per programme, the pre-order positions where its seats are added (+1) or taken away (-1).</summary>
    private static Contributions RegionContributions(GraphSnapshot snapshot)
    {
        var tree = snapshot.RegionTree;
        var offsets = new int[snapshot.Programmes.Count + 1];
        var positions = new List<int>();
        var signs = new List<int>();
        for (var p = 0; p < snapshot.Programmes.Count; p++)
        {
            var regions = snapshot.ProgrammeRegions.TargetsOf(p).ToArray().Distinct().OrderBy(tree.Position).ToArray();
            for (var i = 0; i < regions.Length; i++)
            {
                positions.Add(tree.Position(regions[i]));
                signs.Add(1);
                if (i + 1 < regions.Length && tree.LowestCommonAncestor(regions[i], regions[i + 1]) is var lca and >= 0)
                {
                    positions.Add(tree.Position(lca));
                    signs.Add(-1);
                }
            }
            offsets[p + 1] = positions.Count;
        }
        return new Contributions(offsets, [.. positions], [.. signs]);
    }

    private sealed record Contributions(int[] Offsets, int[] Positions, int[] Signs);

    /// <summary>Per-thread working memory: a search and, per programme, the best levels seen for the competence being filled.</summary>
    private sealed class Scratch(GraphSnapshot snapshot)
    {
        public CoverageSearch Search { get; } = new(snapshot.Elements, GraphAnalyses.DefaultMaxHops);
        public int[] Stamp { get; } = new int[snapshot.Programmes.Count];
        public byte[] FullLevel { get; } = new byte[snapshot.Programmes.Count];
        public byte[] PartialLevel { get; } = new byte[snapshot.Programmes.Count];
        public List<int> Touched { get; } = [];
        public int Run { get; set; }
    }
}
