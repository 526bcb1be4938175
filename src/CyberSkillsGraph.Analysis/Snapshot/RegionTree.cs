using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// The region forest with each region numbered in depth-first pre-order, so that the subtree of a
/// region is the interval [Start, End) of those numbers: a membership test is two comparisons.
/// </summary>
public sealed class RegionTree
{
    private readonly Dictionary<string, int> _index;
    private readonly int[] _parent;
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly int[] _depth;
    private readonly int[] _byPosition;

    public RegionTree(IEnumerable<Region> regions)
    {
        Regions = [.. regions.OrderBy(r => r.Code, StringComparer.Ordinal)];
        _index = new Dictionary<string, int>(Regions.Count, StringComparer.Ordinal);
        for (var i = 0; i < Regions.Count; i++) _index[Regions[i].Code] = i;

        _parent = new int[Regions.Count];
        var children = Regions.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < Regions.Count; i++)
        {
            _parent[i] = Regions[i].Parent is { } parent && _index.TryGetValue(parent, out var p) ? p : -1;
            if (_parent[i] >= 0) children[_parent[i]].Add(i);
        }

        _start = new int[Regions.Count];
        _end = new int[Regions.Count];
        _depth = new int[Regions.Count];
        _byPosition = new int[Regions.Count];
        var next = 0;
        for (var i = 0; i < Regions.Count; i++)
        {
            if (_parent[i] < 0) Number(i);
        }
        Children = [.. children.Select(c => (IReadOnlyList<int>)[.. c])];

        void Number(int root)
        {
            // Explicit stack: a deep tree must not overflow the call stack.
            var stack = new Stack<(int Node, bool Done)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, done) = stack.Pop();
                if (done) { _end[node] = next; continue; }
                _byPosition[next] = node;
                _start[node] = next++;
                _depth[node] = _parent[node] < 0 ? 0 : _depth[_parent[node]] + 1;
                stack.Push((node, true));
                for (var c = children[node].Count - 1; c >= 0; c--) stack.Push((children[node][c], false));
            }
        }
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<IReadOnlyList<int>> Children { get; }

    public int Count => Regions.Count;

    public int IndexOf(string code) => _index.TryGetValue(code, out var i) ? i : -1;

    public int Parent(int region) => _parent[region];

    /// <summary>The region's number in depth-first pre-order: its subtree is the positions [Position, SubtreeEnd).</summary>
    public int Position(int region) => _start[region];

    public int SubtreeEnd(int region) => _end[region];

    /// <summary>The region at a pre-order position.</summary>
    public int AtPosition(int position) => _byPosition[position];

    /// <summary>The deepest region that is an ancestor-or-self of both, or -1 when they are in different trees.</summary>
    public int LowestCommonAncestor(int a, int b)
    {
        while (_depth[a] > _depth[b]) a = _parent[a];
        while (_depth[b] > _depth[a]) b = _parent[b];
        while (a != b && a >= 0)
        {
            a = _parent[a];
            b = _parent[b];
        }
        return a;
    }

    /// <summary>True when <paramref name="region"/> is <paramref name="root"/> or one of its descendants.</summary>
    public bool InSubtree(int region, int root) => _start[region] >= _start[root] && _start[region] < _end[root];

    /// <summary>True when <paramref name="region"/> is a proper ancestor of <paramref name="of"/>.</summary>
    public bool IsAncestor(int region, int of) => region != of && InSubtree(of, region);

    public IEnumerable<int> Ancestors(int region)
    {
        for (var p = _parent[region]; p >= 0; p = _parent[p]) yield return p;
    }
}
