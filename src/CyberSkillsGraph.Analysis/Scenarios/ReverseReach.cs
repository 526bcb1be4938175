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
internal static class ReverseReach
{
    private const byte Equal = (byte)CoverageClass.Equal, Full = (byte)CoverageClass.Full, Partial = (byte)CoverageClass.Partial;

    /// <summary>Adds (taught, class) to <paramref name="reach"/>[needed] for every needed node that reaches <paramref name="taught"/>.</summary>
    public static void Run(ElementGraph graph, int taught, int maxHops, Dictionary<int, List<(int Taught, byte Class)>> reach)
    {
        var best = new Dictionary<int, byte> { [taught] = Equal };
        var seen = new HashSet<int> { taught * 3 + Equal };
        var frontier = new List<int> { taught * 3 + Equal };
        for (var hop = 1; hop <= maxHops && frontier.Count > 0; hop++)
        {
            var next = new List<int>();
            foreach (var state in frontier)
            {
                int node = state / 3, cls = state % 3;
                for (var e = graph.Offsets[node]; e < graph.Offsets[node + 1]; e++)
                {
                    var from = graph.Neighbours[e];
                    var reached = (byte)Compose(cls, ReadingOf(graph, from, node));
                    if (!seen.Add(from * 3 + reached)) continue;
                    next.Add(from * 3 + reached);
                    if (!best.TryGetValue(from, out var incumbent) || reached < incumbent) best[from] = reached;
                }
            }
            frontier = next;
        }
        foreach (var (needed, cls) in best)
        {
            if (!reach.TryGetValue(needed, out var list)) reach[needed] = list = [];
            list.Add((taught, cls));
        }
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
