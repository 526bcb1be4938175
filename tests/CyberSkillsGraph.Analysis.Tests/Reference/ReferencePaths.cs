using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Reference;

/// <summary>
/// "Coverage through mappings" of docs/semantics.md by brute force: every simple path is enumerated
/// from the mapping records themselves, so nothing here shares code or data structures with the engine.
/// </summary>
internal static class ReferencePaths
{
    /// <summary>Every simple path from <paramref name="start"/> of 0..maxHops hops, as (nodes, relationships read forward, strengths).</summary>
    public static List<(List<string> Nodes, List<Relationship> Hops, List<int> Strengths)> All(GraphContent content, string start, int maxHops)
    {
        var found = new List<(List<string>, List<Relationship>, List<int>)>();
        Walk([start], [], []);
        return found;

        void Walk(List<string> nodes, List<Relationship> hops, List<int> strengths)
        {
            found.Add(([.. nodes], [.. hops], [.. strengths]));
            if (hops.Count == maxHops) return;
            foreach (var (next, relationship, strength) in Steps(content, nodes[^1]))
            {
                if (nodes.Contains(next)) continue;
                nodes.Add(next);
                hops.Add(relationship);
                strengths.Add(strength);
                Walk(nodes, hops, strengths);
                nodes.RemoveAt(nodes.Count - 1);
                hops.RemoveAt(hops.Count - 1);
                strengths.RemoveAt(strengths.Count - 1);
            }
        }
    }

    /// <summary>The hops out of a node: approved, related mappings read forwards or backwards (backwards swaps subset/superset).</summary>
    public static List<(string Next, Relationship Relationship, int Strength)> Steps(GraphContent content, string from)
    {
        var steps = new List<(string, Relationship, int)>();
        foreach (var mapping in content.Mappings)
        {
            if (mapping.Status != MappingStatus.Approved || mapping.Relationship == Relationship.NotRelated) continue;
            if (mapping.Source == from) steps.Add((mapping.Target, mapping.Relationship, mapping.Strength));
            if (mapping.Target == from) steps.Add((mapping.Source, Backwards(mapping.Relationship), mapping.Strength));
        }
        return steps;
    }

    public static Relationship Backwards(Relationship relationship) => relationship switch
    {
        Relationship.SubsetOf => Relationship.SupersetOf,
        Relationship.SupersetOf => Relationship.SubsetOf,
        _ => relationship,
    };

    /// <summary>The class table of docs/semantics.md, for the relationships of a path read from s towards t.</summary>
    public static CoverageClass Classify(IReadOnlyList<Relationship> hops)
    {
        if (hops.All(h => h == Relationship.Equal)) return CoverageClass.Equal;
        if (hops.All(h => h is Relationship.Equal or Relationship.SubsetOf)) return CoverageClass.Full;
        return CoverageClass.Partial;
    }

    /// <summary>The best path from <paramref name="start"/> to any node accepted by <paramref name="isTarget"/>, or null when there is none.</summary>
    public static CoveragePath? Best(GraphContent content, string start, Func<string, bool> isTarget, int maxHops)
    {
        CoveragePath? best = null;
        foreach (var (nodes, hops, strengths) in All(content, start, maxHops))
        {
            if (!isTarget(nodes[^1])) continue;
            var candidate = new CoveragePath(nodes[^1], Classify(hops), hops.Count, strengths.Count == 0 ? null : strengths.Min(), nodes);
            if (best is null || Compare(candidate, best) < 0) best = candidate;
        }
        return best;
    }

    /// <summary>Class EQUAL > FULL > PARTIAL, then fewer hops, then higher minimum strength, then smaller target id (ordinal).</summary>
    public static int Compare(CoveragePath a, CoveragePath b)
    {
        if (a.Class != b.Class) return a.Class.CompareTo(b.Class);
        if (a.Hops != b.Hops) return a.Hops.CompareTo(b.Hops);
        // A zero-hop path has no strength; it cannot tie with a longer path, so null never meets a number here.
        var strength = (b.MinStrength ?? int.MaxValue).CompareTo(a.MinStrength ?? int.MaxValue);
        if (strength != 0) return strength;
        return string.CompareOrdinal(a.Target, b.Target);
    }

    /// <summary>The class of the best path from <paramref name="needed"/> to <paramref name="taught"/>, NONE when there is no path.</summary>
    public static CoverageClass Cover(GraphContent content, string needed, string taught, int maxHops) =>
        Best(content, needed, id => id == taught, maxHops)?.Class ?? CoverageClass.None;

    /// <summary>
    /// The (class, minimum strength) pairs that some choice of mappings along the given node sequence
    /// achieves; empty when two consecutive nodes are not joined. Used to check that an engine's path is a real witness.
    /// </summary>
    public static HashSet<(CoverageClass Class, int? MinStrength)> Witnesses(GraphContent content, IReadOnlyList<string> nodes)
    {
        var results = new HashSet<(CoverageClass, int?)>();
        Choose(0, [], []);
        return results;

        void Choose(int hop, List<Relationship> hops, List<int> strengths)
        {
            if (hop == nodes.Count - 1)
            {
                results.Add((Classify(hops), strengths.Count == 0 ? null : strengths.Min()));
                return;
            }
            foreach (var (next, relationship, strength) in Steps(content, nodes[hop]))
            {
                if (next != nodes[hop + 1]) continue;
                Choose(hop + 1, [.. hops, relationship], [.. strengths, strength]);
            }
        }
    }
}
