using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// From one taught competence, the best class of the path from every needed competence to it within
/// the hop limit: one search answers for all needed competences at once, where
/// <see cref="CoverageSearch"/> would need one search per needed competence. The class of a path does
/// not depend on the order of its hops (EQUAL when all are equal, FULL when all are equal or subset_of
/// with one subset_of, else PARTIAL), so walking the path from its taught end gives the same class as
/// walking it from the needed end, reading each hop in the needed-to-taught direction. A breadth-first
/// walk over (competence, class so far) states finds each state at its fewest hops, which leaves the
/// most room for the rest of the path; the best class of a competence is the best of its states.
/// </summary>
internal sealed class ReverseReach(ElementGraph graph, int maxHops)
{
    private const byte Equal = (byte)CoverageClass.Equal, Full = (byte)CoverageClass.Full, Partial = (byte)CoverageClass.Partial;
    private const byte Unreached = (byte)CoverageClass.None;

    // Working memory reused from run to run: a small write runs a handful of searches, and hash sets per run cost more
    // than the searches. Only the entries a run touched are reset.
    private readonly bool[] _seen = new bool[graph.Count * 3];
    private readonly byte[] _best = CreateBest(graph.Count);
    private readonly List<int> _seenStates = [];
    private readonly List<int> _reached = [];
    private List<int> _frontier = [];
    private List<int> _next = [];

    /// <summary>The nodes that reach <paramref name="taught"/> (itself included), each with its best class in <see cref="ClassOf"/> until the next run.</summary>
    public IReadOnlyList<int> Run(int taught)
    {
        foreach (var state in _seenStates) _seen[state] = false;
        foreach (var node in _reached) _best[node] = Unreached;
        _seenStates.Clear();
        _reached.Clear();
        _frontier.Clear();
        if (Reach(taught, Equal)) _frontier.Add(taught * 3 + Equal);
        for (var hop = 1; hop <= maxHops && _frontier.Count > 0; hop++)
        {
            _next.Clear();
            foreach (var state in _frontier)
            {
                int node = state / 3, cls = state % 3;
                for (var e = graph.Offsets[node]; e < graph.Offsets[node + 1]; e++)
                {
                    var from = graph.Neighbours[e];
                    var reached = (byte)Compose(cls, ReadingOf(graph, from, node));
                    if (Reach(from, reached)) _next.Add(from * 3 + reached);
                }
            }
            (_frontier, _next) = (_next, _frontier);
        }
        return _reached;
    }

    /// <summary>The best class of a path from <paramref name="node"/> to the taught competence of the last run.</summary>
    public byte ClassOf(int node) => _best[node];

    /// <summary>Records the state (node, class so far); false when it was reached before at fewer or as many hops.</summary>
    private bool Reach(int node, byte cls)
    {
        var state = node * 3 + cls;
        if (_seen[state]) return false;
        _seen[state] = true;
        _seenStates.Add(state);
        if (_best[node] == Unreached) _reached.Add(node);
        if (cls < _best[node]) _best[node] = cls;
        return true;
    }

    private static byte[] CreateBest(int count)
    {
        var best = new byte[count];
        Array.Fill(best, Unreached);
        return best;
    }

    private static int Compose(int cls, byte reading) => reading switch
    {
        ElementGraph.Equal => cls,
        ElementGraph.Subset => cls == Partial ? Partial : Full,
        _ => Partial,
    };

    /// <summary>How the hop from → to reads: the edge list of a node is sorted by neighbour, and a pair of elements has one mapping.</summary>
    private static byte ReadingOf(ElementGraph graph, int from, int to)
    {
        int low = graph.Offsets[from], high = graph.Offsets[from + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var neighbour = graph.Neighbours[middle];
            if (neighbour == to) return graph.Readings[middle];
            if (neighbour < to) low = middle + 1;
            else high = middle - 1;
        }
        throw new InvalidOperationException("Mapping edges come in pairs; the reverse edge is missing.");
    }
}
