using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>
/// Seats that fully and partially supply each (competence, level), summed so that any region's
/// subtree is answered in constant time, plus how many programmes fully supplying it each region
/// and each subtree has (for accessibility).
///
/// A programme offered in several regions must count once in a subtree that holds more than one of
/// them. Each programme adds its seats at each of its regions (sorted in pre-order) and takes them
/// away at the lowest common ancestor of each neighbouring pair; the sum over any subtree is then
/// its seats exactly when the subtree holds one of its regions. Prefix sums over pre-order positions
/// turn a subtree sum into one subtraction.
///
/// Every figure is a sum over programmes, so a write that changes a few programmes takes their old
/// contribution away and adds the new one (<see cref="With"/>), for the competences whose search
/// reaches what they develop, instead of building the index again. Each competence has its own
/// block of rows, so an updated index copies the rows it changes and shares the rest.
/// </summary>
internal sealed class SupplyIndex
{
    private const int Levels = 5;

    private readonly int _positions;

    /// <summary>
    /// Per competence, its rows: full seats, partial seats and the count of fully supplying programmes, each as Levels
    /// rows of prefix sums over positions+1 entries, then the count of fully supplying programmes offered in each region
    /// itself (Levels rows of positions entries), in the order of <see cref="FullRowIndex"/> and the like. They are kept
    /// as separate rows so that a write copies only the rows it changes (a programme reached partially changes a few of
    /// the twenty).
    /// </summary>
    private readonly long[][][] _blocks;

    /// <summary>The mapping graph the searches follow: the approved one, or the preview graph with proposals.</summary>
    private readonly ElementGraph _elements;

    /// <summary>Builds the index over <paramref name="elements"/>: the approved mapping graph, or the preview graph with proposals.</summary>
    public SupplyIndex(GraphSnapshot snapshot, ElementGraph elements)
    {
        _elements = elements;
        var tree = snapshot.RegionTree;
        _positions = tree.Count;
        var competences = snapshot.Competences.Count;
        _blocks = new long[competences][][];
        var contributions = RegionContributions(snapshot);
        var suppliers = Suppliers(snapshot, contributions);

        // Each competence writes only its own block, so competences are filled in parallel.
        Parallel.For(0, competences,
            () => new Scratch(snapshot, elements),
            (competence, _, scratch) =>
            {
                _blocks[competence] = Fill(snapshot, contributions, suppliers, competence, scratch);
                return scratch;
            },
            _ => { });
    }

    private SupplyIndex(int positions, long[][][] blocks, ElementGraph elements)
    {
        _positions = positions;
        _blocks = blocks;
        _elements = elements;
    }

    private int RowLength => _positions + 1;

    // The index of each row among a competence's rows, in the order Fill lays them out.
    private static int FullRowIndex(int level) => level - 1;
    private static int PartialRowIndex(int level) => Levels + level - 1;
    private static int CountRowIndex(int level) => 2 * Levels + level - 1;
    private static int OwnRowIndex(int level) => 3 * Levels + level - 1;

    /// <summary>Seats of programmes offered in the region's subtree that fully supply the competence at the level.</summary>
    public long Supply(RegionTree tree, int region, int competence, int level) => SubtreeSum(FullRowIndex(level), tree, region, competence);

    /// <summary>Seats of programmes offered in the region's subtree that only partially supply it.</summary>
    public long PartialSupply(RegionTree tree, int region, int competence, int level) => SubtreeSum(PartialRowIndex(level), tree, region, competence);

    /// <summary>True when a programme offered in the region's subtree or in one of its ancestors fully supplies the competence at the level.</summary>
    public bool Accessible(RegionTree tree, int region, int competence, int level)
    {
        if (SubtreeSum(CountRowIndex(level), tree, region, competence) > 0) return true;
        var own = _blocks[competence][OwnRowIndex(level)];
        foreach (var ancestor in tree.Ancestors(region))
        {
            if (own[tree.Position(ancestor)] > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The index of <paramref name="next"/>, which differs from <paramref name="previous"/> (this index's snapshot) only in
    /// the programmes given as (old index or -1, new index): the region tree, the elements and their mappings are the same,
    /// so this index's mapping graph serves both.
    /// </summary>
    public SupplyIndex With(GraphSnapshot previous, GraphSnapshot next, IReadOnlyList<(int Old, int New)> programmes)
    {
        var versions = new List<(Version Version, int Sign)>();
        foreach (var (old, @new) in programmes)
        {
            if (old >= 0) versions.Add((Version.Of(previous, old), -1));
            versions.Add((Version.Of(next, @new), +1));
        }
        var tree = next.RegionTree;
        var positions = versions.Select(v => PositionsOf(tree, v.Version.Regions).ToArray()).ToArray();

        // A competence's supply changes only if its search reaches a competence the programme develops. One reverse search
        // from each developed competence finds every competence that reaches it and the class of that path (the class does
        // not depend on the order of the hops), where forward searches would need one per competence reached. The best
        // full and partial level of each version is gathered per competence reached, then each block is copied once.
        var developed = versions.SelectMany(v => v.Version.Develops).Select(d => d.Competence).Distinct().ToArray();
        var levels = new Dictionary<int, (byte Full, byte Partial)[]>();
        var search = new Scenarios.ReverseReach(_elements, GraphAnalyses.DefaultMaxHops);
        foreach (var taught in developed)
        {
            foreach (var node in search.Run(_elements.CompetenceNode(taught)))
            {
                if (_elements.KindOf(node) != Domain.Model.ElementKind.Competence) continue;
                var fully = (CoverageClass)search.ClassOf(node) is CoverageClass.Equal or CoverageClass.Full;
                for (var v = 0; v < versions.Count; v++)
                {
                    foreach (var (competence, level) in versions[v].Version.Develops)
                    {
                        if (competence != taught) continue;
                        if (!levels.TryGetValue(node, out var byVersion)) levels[node] = byVersion = new (byte, byte)[versions.Count];
                        ref var best = ref byVersion[v];
                        if (fully) best.Full = Math.Max(best.Full, (byte)level);
                        else best.Partial = Math.Max(best.Partial, (byte)level);
                    }
                }
            }
        }

        var blocks = (long[][][])_blocks.Clone();
        var copied = new bool[4 * Levels];
        foreach (var (node, byVersion) in levels)
        {
            // Competences are the first nodes of the element graph, so a competence's node is its index.
            var block = (long[][])blocks[node].Clone();
            Array.Clear(copied);
            for (var v = 0; v < versions.Count; v++) Add(block, copied, tree, versions[v], positions[v], byVersion[v]);
            blocks[node] = block;
        }
        return new SupplyIndex(_positions, blocks, _elements);
    }

    private long SubtreeSum(int row, RegionTree tree, int region, int competence)
    {
        var sums = _blocks[competence][row];
        return sums[tree.SubtreeEnd(region)] - sums[tree.Position(region)];
    }

    /// <summary>
    /// Adds (sign +1) or takes away (-1) one programme's contribution to the block of a competence, given the best levels
    /// at which it fully and partially supplies that competence and the positions where its seats count.
    /// </summary>
    private void Add(
        long[][] block, bool[] copied, RegionTree tree, (Version Version, int Sign) versioned, (int Position, int Sign)[] positions, (byte Full, byte Partial) best)
    {
        var (version, sign) = versioned;
        var (full, partial) = best;
        if (full == 0 && partial <= full) return;
        foreach (var (position, contributionSign) in positions)
        {
            var signed = sign * contributionSign;
            for (var level = 1; level <= full; level++)
            {
                AddFrom(FullRowIndex(level), position, (long)signed * version.Seats);
                AddFrom(CountRowIndex(level), position, signed);
            }
            for (var level = full + 1; level <= partial; level++) AddFrom(PartialRowIndex(level), position, (long)signed * version.Seats);
        }
        foreach (var region in version.Regions)
        {
            for (var level = 1; level <= full; level++) Row(OwnRowIndex(level))[tree.Position(region)] += sign;
        }

        // Entry k of a prefix row sums positions below k, so a change at a position moves every entry after it.
        void AddFrom(int row, int position, long amount)
        {
            var sums = Row(row);
            for (var k = position + 1; k <= _positions; k++) sums[k] += amount;
        }

        // A row is copied the first time this write changes it; the rows it does not change stay shared.
        long[] Row(int row)
        {
            if (!copied[row]) (block[row], copied[row]) = ((long[])block[row].Clone(), true);
            return block[row];
        }
    }

    private long[][] Fill(GraphSnapshot snapshot, Contributions contributions, Supplier[][] suppliers, int competence, Scratch scratch)
    {
        var search = scratch.Search;
        search.Run(_elements.CompetenceNode(competence));
        scratch.Run++;
        Array.Clear(scratch.FullAt);
        Array.Clear(scratch.CountAt);
        Array.Clear(scratch.PartialDelta);
        Array.Clear(scratch.OwnAt);

        // A programme counts once with the best full and the best partial level over the competences it develops that the
        // search reaches. Each programme is added when first met; one met again (rare: most develop one of the reached
        // competences) is taken away with its old levels and added with the new ones, as every figure is a sum over programmes.
        foreach (var node in search.Reached)
        {
            if (_elements.KindOf(node) != Domain.Model.ElementKind.Competence) continue;
            var fully = search.ClassOf(node) is CoverageClass.Equal or CoverageClass.Full;
            foreach (ref readonly var supplier in suppliers[node].AsSpan())
            {
                ref var best = ref scratch.Programmes[supplier.Programme];
                byte full = fully ? supplier.Level : (byte)0, partial = fully ? (byte)0 : supplier.Level;
                if (best.Run == scratch.Run)
                {
                    full = Math.Max(full, best.Full);
                    partial = Math.Max(partial, best.Partial);
                    if (full == best.Full && partial == best.Partial) continue;
                    AddProgramme(contributions, scratch, supplier, best.Full, best.Partial, -1);
                }
                best = new ProgrammeLevels { Run = scratch.Run, Full = full, Partial = partial };
                AddProgramme(contributions, scratch, supplier, full, partial, +1);
            }
        }

        // The buffers hold seats and counts by position and level: full supply at level L counts programmes whose full
        // level is L or more (a suffix sum below), partial supply those whose full level is below L and partial level at
        // least L (a difference array).
        var rows = new long[4 * Levels][];
        for (var row = 0; row < 3 * Levels; row++) rows[row] = new long[RowLength];
        for (var level = 1; level <= Levels; level++) rows[OwnRowIndex(level)] = new long[_positions];
        for (var position = 0; position < _positions; position++)
        {
            var at = position * Width;
            long full = 0, count = 0, own = 0, partial = 0;
            for (var level = Levels; level >= 1; level--)
            {
                full += scratch.FullAt[at + level];
                count += scratch.CountAt[at + level];
                own += scratch.OwnAt[at + level];
                rows[FullRowIndex(level)][position + 1] = full;
                rows[CountRowIndex(level)][position + 1] = count;
                rows[OwnRowIndex(level)][position] = own;
            }
            for (var level = 1; level <= Levels; level++)
            {
                partial += scratch.PartialDelta[at + level];
                rows[PartialRowIndex(level)][position + 1] = partial;
            }
        }
        // The full, partial and count rows become prefix sums over region positions; the own rows stay per position.
        for (var row = 0; row < 3 * Levels; row++)
        {
            var sums = rows[row];
            for (var position = 0; position < _positions; position++) sums[position + 1] += sums[position];
        }
        return rows;
    }

    /// <summary>Per-position, per-level entries of the <see cref="Scratch"/> buffers: levels 1 to 5 and one past for the difference array.</summary>
    private const int Width = Levels + 2;

    /// <summary>Adds (sign +1) or takes away (-1) one programme with the given best levels to the buffers of the competence being filled.</summary>
    private static void AddProgramme(Contributions contributions, Scratch scratch, in Supplier supplier, byte fullLevel, byte partialLevel, int sign)
    {
        long seats = (long)sign * supplier.Seats;
        for (var c = contributions.Offsets[supplier.Set]; c < contributions.Offsets[supplier.Set + 1]; c++)
        {
            var at = contributions.Positions[c] * Width;
            var signed = contributions.Signs[c];
            if (fullLevel > 0)
            {
                scratch.FullAt[at + fullLevel] += signed * seats;
                scratch.CountAt[at + fullLevel] += signed * sign;
            }
            if (partialLevel > fullLevel)
            {
                scratch.PartialDelta[at + fullLevel + 1] += signed * seats;
                scratch.PartialDelta[at + partialLevel + 1] -= signed * seats;
            }
        }
        if (fullLevel == 0) return;
        foreach (var position in contributions.OwnPositions[supplier.Set]) scratch.OwnAt[position * Width + fullLevel] += sign;
    }

    /// <summary>
    /// Per competence, the programmes that develop it with the level, seats and set of regions of each, side by side so
    /// that filling a block reads them in order rather than looking each programme up.
    /// </summary>
    private static Supplier[][] Suppliers(GraphSnapshot snapshot, Contributions contributions)
    {
        var developedBy = snapshot.CompetenceDevelopedBy;
        var suppliers = new Supplier[snapshot.Competences.Count][];
        for (var competence = 0; competence < suppliers.Length; competence++)
        {
            var programmes = developedBy.TargetsOf(competence);
            var levels = developedBy.LevelsOf(competence);
            var list = suppliers[competence] = new Supplier[programmes.Length];
            for (var i = 0; i < list.Length; i++)
            {
                var p = programmes[i];
                list[i] = new Supplier(p, contributions.SetOf[p], contributions.Seats[p], (byte)levels[i]);
            }
        }
        return suppliers;
    }

    /// <summary>The pre-order positions where a programme offered in <paramref name="regions"/> (distinct, in pre-order) adds its seats (+1) or takes them away (-1).</summary>
    private static IEnumerable<(int Position, int Sign)> PositionsOf(RegionTree tree, int[] regions)
    {
        for (var i = 0; i < regions.Length; i++)
        {
            yield return (tree.Position(regions[i]), 1);
            if (i + 1 < regions.Length && tree.LowestCommonAncestor(regions[i], regions[i + 1]) is var lca and >= 0)
                yield return (tree.Position(lca), -1);
        }
    }

    /// <summary>The distinct regions a programme is offered in, in pre-order; none for a retired programme.</summary>
    private static int[] OfferedIn(GraphSnapshot snapshot, int programme) =>
        snapshot.ProgrammeRegions.TargetsOf(programme).ToArray().Distinct().OrderBy(snapshot.RegionTree.Position).ToArray();

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
            var offered = OfferedIn(snapshot, p);
            var key = string.Join(',', offered);
            if (!sets.TryGetValue(key, out var set))
            {
                sets[key] = set = regions.Count;
                regions.Add(offered);
                foreach (var (position, sign) in PositionsOf(tree, offered))
                {
                    positions.Add(position);
                    signs.Add(sign);
                }
                offsets.Add(positions.Count);
            }
            setOf[p] = set;
        }
        // Seats copied into a flat array: reading them from the records would chase a pointer per programme.
        var seats = snapshot.Programmes.Select(p => p.SeatsPerYear).ToArray();
        var ownPositions = regions.Select(set => set.Select(tree.Position).ToArray()).ToArray();
        return new Contributions(setOf, seats, ownPositions, [.. offsets], [.. positions], [.. signs]);
    }

    /// <summary>Per set of regions, the positions of its regions (<see cref="OwnPositions"/>) and where its seats are added or taken away.</summary>
    private sealed record Contributions(int[] SetOf, int[] Seats, int[][] OwnPositions, int[] Offsets, int[] Positions, int[] Signs);

    /// <summary>A programme that develops a competence, at a level, with what filling a block needs of it.</summary>
    private readonly record struct Supplier(int Programme, int Set, int Seats, byte Level);

    /// <summary>What one version of a programme contributes: its seats, what it develops (none when retired) and where it is offered.</summary>
    private sealed record Version(int Seats, (int Competence, int Level)[] Develops, int[] Regions)
    {
        public static Version Of(GraphSnapshot snapshot, int programme)
        {
            var competences = snapshot.ProgrammeDevelops.TargetsOf(programme);
            var levels = snapshot.ProgrammeDevelops.LevelsOf(programme);
            var develops = new (int, int)[competences.Length];
            for (var i = 0; i < develops.Length; i++) develops[i] = (competences[i], levels[i]);
            return new Version(snapshot.Programmes[programme].SeatsPerYear, develops, OfferedIn(snapshot, programme));
        }
    }

    /// <summary>Per-thread working memory: a search, per programme the best levels seen for the competence being filled, and seats and counts by region position and level.</summary>
    private sealed class Scratch(GraphSnapshot snapshot, ElementGraph elements)
    {
        public long[] FullAt { get; } = new long[snapshot.RegionTree.Count * Width];
        public long[] CountAt { get; } = new long[snapshot.RegionTree.Count * Width];
        public long[] PartialDelta { get; } = new long[snapshot.RegionTree.Count * Width];
        /// <summary>Fully supplying programmes offered in the region at each position itself, by their full level.</summary>
        public long[] OwnAt { get; } = new long[snapshot.RegionTree.Count * Width];
        public CoverageSearch Search { get; } = new(elements, GraphAnalyses.DefaultMaxHops);
        public ProgrammeLevels[] Programmes { get; } = new ProgrammeLevels[snapshot.Programmes.Count];
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
