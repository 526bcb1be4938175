using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>
/// Finds, from one needed element, the best path (docs/semantics.md) to every element within a hop
/// limit. The search is layered by hop count and keeps, per (node, class so far), the strongest
/// weakest-hop value: the class of a path only ever worsens along it, so layers of (node, class)
/// states find every best path. A best path never repeats a node (dropping the loop would give as
/// good a class in fewer hops), so the states need no visited-set. One instance is reused for many
/// searches; it is not thread-safe.
/// </summary>
public sealed class CoverageSearch
{
    private const int States = 3;
    private const byte NoHops = 11;

    private readonly ElementGraph _graph;
    private readonly int _maxHops;
    private readonly int[][] _stamp;
    private readonly byte[][] _strength;
    private readonly int[][] _predecessor;
    private readonly int[][] _edge;
    private readonly List<int>[] _layer;
    private readonly int[] _bestStamp;
    private readonly int[] _bestState;
    private readonly List<int> _reached = [];
    private int _run;
    private int _source = -1;

    public CoverageSearch(ElementGraph graph, int maxHops)
    {
        _graph = graph;
        _maxHops = maxHops;
        _stamp = new int[maxHops + 1][];
        _strength = new byte[maxHops + 1][];
        _predecessor = new int[maxHops + 1][];
        _edge = new int[maxHops + 1][];
        _layer = new List<int>[maxHops + 1];
        for (var h = 0; h <= maxHops; h++)
        {
            _stamp[h] = new int[graph.Count * States];
            _strength[h] = new byte[graph.Count * States];
            _predecessor[h] = new int[graph.Count * States];
            _edge[h] = new int[graph.Count * States];
            _layer[h] = [];
        }
        _bestStamp = new int[graph.Count];
        _bestState = new int[graph.Count];
    }

    /// <summary>Nodes reached by the last <see cref="Run"/>, the source first, in the order first reached.</summary>
    public IReadOnlyList<int> Reached => _reached;

    public void Run(int source)
    {
        _run++;
        _source = source;
        _reached.Clear();
        for (var h = 0; h <= _maxHops; h++) _layer[h].Clear();

        Visit(0, source * States + (int)CoverageClass.Equal, NoHops, -1, -1);
        for (var h = 1; h <= _maxHops; h++)
        {
            foreach (var state in _layer[h - 1])
            {
                var node = state / States;
                var cls = state % States;
                var strength = _strength[h - 1][state];
                for (var e = _graph.Offsets[node]; e < _graph.Offsets[node + 1]; e++)
                {
                    var next = _graph.Neighbours[e];
                    if (next == source) continue;
                    var nextClass = _graph.Readings[e] switch
                    {
                        ElementGraph.Equal => cls,
                        ElementGraph.Subset => cls == (int)CoverageClass.Partial ? cls : (int)CoverageClass.Full,
                        _ => (int)CoverageClass.Partial,
                    };
                    Visit(h, next * States + nextClass, Math.Min(strength, _graph.Strengths[e]), state, e);
                }
            }
        }
    }

    public CoverageClass ClassOf(int node) => IsReached(node) ? (CoverageClass)(_bestState[node] % States) : CoverageClass.None;

    public int HopsOf(int node) => _bestState[node] / (_graph.Count * States);

    public int? MinStrengthOf(int node)
    {
        var hops = HopsOf(node);
        return hops == 0 ? null : _strength[hops][_bestState[node] % (_graph.Count * States)];
    }

    /// <summary>The element ids along the best path from the source to <paramref name="node"/>.</summary>
    public IReadOnlyList<string> PathOf(int node)
    {
        var hops = HopsOf(node);
        var path = new string[hops + 1];
        var state = _bestState[node] % (_graph.Count * States);
        for (var h = hops; h >= 0; h--)
        {
            path[h] = _graph.IdOf(state / States);
            state = _predecessor[h][state];
        }
        return path;
    }

    /// <summary>True when the best path to <paramref name="node"/> follows at least one proposed mapping.</summary>
    public bool UsesProposedOn(int node)
    {
        var state = _bestState[node] % (_graph.Count * States);
        for (var h = HopsOf(node); h > 0; h--)
        {
            if (_graph.Proposed[_edge[h][state]]) return true;
            state = _predecessor[h][state];
        }
        return false;
    }

    public CoveragePath PathTo(int node) =>
        new(_graph.IdOf(node), ClassOf(node), HopsOf(node), MinStrengthOf(node), PathOf(node), UsesProposedOn(node));

    /// <summary>True when a path to <paramref name="node"/> was found by the last run.</summary>
    public bool IsReached(int node) => _bestStamp[node] == _run;

    private void Visit(int hops, int state, byte strength, int predecessor, int edge)
    {
        var stamps = _stamp[hops];
        if (stamps[state] == _run)
        {
            if (strength <= _strength[hops][state]) return;
        }
        else
        {
            stamps[state] = _run;
            _layer[hops].Add(state);
        }
        _strength[hops][state] = strength;
        _predecessor[hops][state] = predecessor;
        _edge[hops][state] = edge;

        var node = state / States;
        var encoded = hops * _graph.Count * States + state;
        if (_bestStamp[node] != _run)
        {
            _bestStamp[node] = _run;
            _bestState[node] = encoded;
            _reached.Add(node);
        }
        else if (Better(state % States, hops, strength, _bestState[node]))
        {
            _bestState[node] = encoded;
        }
    }

    /// <summary>Better class, then fewer hops, then a stronger weakest hop.</summary>
    private bool Better(int cls, int hops, byte strength, int incumbent)
    {
        var incumbentHops = incumbent / (_graph.Count * States);
        var incumbentState = incumbent % (_graph.Count * States);
        var incumbentClass = incumbentState % States;
        if (cls != incumbentClass) return cls < incumbentClass;
        if (hops != incumbentHops) return hops < incumbentHops;
        return strength > _strength[incumbentHops][incumbentState];
    }
}
