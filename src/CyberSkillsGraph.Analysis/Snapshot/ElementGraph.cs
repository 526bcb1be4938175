using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// Competences, roles and standards numbered as one node set (competences first, then roles, then
/// standards, each in id order) with the approved mappings as edges in both directions. An edge
/// carries the relationship as read along it: a mapping read backwards swaps subset_of and
/// superset_of. not_related mappings are left out because analysis never follows them; proposed
/// ones are left out too, except in the preview graph, where they count as approved and each edge
/// remembers that it came from a proposal.
/// </summary>
public sealed class ElementGraph
{
    /// <summary>How a hop reads along an edge, as far as coverage classes care.</summary>
    public const byte Equal = 0, Subset = 1, Other = 2;

    // The element lists and their indices, not the snapshot: a snapshot updated by a write shares this graph, and must not keep its predecessor alive through it.
    private readonly IReadOnlyList<Competence> _competences;
    private readonly IReadOnlyList<Role> _roles;
    private readonly IReadOnlyList<Standard> _standards;
    private readonly IReadOnlyDictionary<string, int> _competenceIndex;
    private readonly IReadOnlyDictionary<string, int> _roleIndex;
    private readonly IReadOnlyDictionary<string, int> _standardIndex;
    private readonly int _roleBase;
    private readonly int _standardBase;

    internal ElementGraph(
        IReadOnlyList<Competence> competences, IReadOnlyDictionary<string, int> competenceIndex,
        IReadOnlyList<Role> roles, IReadOnlyDictionary<string, int> roleIndex,
        IReadOnlyList<Standard> standards, IReadOnlyDictionary<string, int> standardIndex,
        IReadOnlyList<Mapping> mappings, bool includeProposed)
    {
        (_competences, _competenceIndex, _roles, _roleIndex, _standards, _standardIndex) =
            (competences, competenceIndex, roles, roleIndex, standards, standardIndex);
        _roleBase = competences.Count;
        _standardBase = _roleBase + roles.Count;
        Count = _standardBase + standards.Count;

        var edges = new List<(int From, int To, byte Reading, byte Strength, bool Proposed)>();
        foreach (var mapping in mappings)
        {
            var proposed = mapping.Status != MappingStatus.Approved;
            if ((proposed && !includeProposed) || mapping.Relationship == Relationship.NotRelated) continue;
            var source = IndexOf(mapping.Source);
            var target = IndexOf(mapping.Target);
            if (source < 0 || target < 0 || source == target) continue;
            var strength = (byte)Math.Clamp(mapping.Strength, 0, 10);
            edges.Add((source, target, Reading(mapping.Relationship), strength, proposed));
            edges.Add((target, source, Reading(Inverse(mapping.Relationship)), strength, proposed));
        }
        // Sorted by neighbour so that searches, and so their tie-breaks, do not depend on import order.
        edges.Sort((a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.To != b.To ? a.To.CompareTo(b.To) : a.Reading != b.Reading ? a.Reading.CompareTo(b.Reading) : a.Proposed.CompareTo(b.Proposed));

        Offsets = new int[Count + 1];
        Neighbours = new int[edges.Count];
        Readings = new byte[edges.Count];
        Strengths = new byte[edges.Count];
        Proposed = new bool[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            Offsets[edges[e].From + 1]++;
            Neighbours[e] = edges[e].To;
            Readings[e] = edges[e].Reading;
            Strengths[e] = edges[e].Strength;
            Proposed[e] = edges[e].Proposed;
        }
        for (var i = 0; i < Count; i++) Offsets[i + 1] += Offsets[i];
    }

    public int Count { get; }
    public int[] Offsets { get; }
    public int[] Neighbours { get; }
    public byte[] Readings { get; }
    public byte[] Strengths { get; }

    /// <summary>Per edge: true when it comes from a proposed mapping (only in the preview graph).</summary>
    public bool[] Proposed { get; }

    public int CompetenceNode(int competence) => competence;
    public int RoleNode(int role) => _roleBase + role;

    public int IndexOf(string id)
    {
        if (_competenceIndex.TryGetValue(id, out var c)) return c;
        if (_roleIndex.TryGetValue(id, out var r)) return _roleBase + r;
        if (_standardIndex.TryGetValue(id, out var s)) return _standardBase + s;
        return -1;
    }

    public ElementKind KindOf(int node) =>
        node < _roleBase ? ElementKind.Competence : node < _standardBase ? ElementKind.Role : ElementKind.Standard;

    public string IdOf(int node) => KindOf(node) switch
    {
        ElementKind.Competence => _competences[node].Id,
        ElementKind.Role => _roles[node - _roleBase].Id,
        _ => _standards[node - _standardBase].Id,
    };

    /// <summary>The framework of a competence or role node; null for standards.</summary>
    public string? FrameworkOf(int node) => KindOf(node) switch
    {
        ElementKind.Competence => _competences[node].Framework,
        ElementKind.Role => _roles[node - _roleBase].Framework,
        _ => null,
    };

    private static byte Reading(Relationship relationship) => relationship switch
    {
        Relationship.Equal => Equal,
        Relationship.SubsetOf => Subset,
        _ => Other,
    };

    private static Relationship Inverse(Relationship relationship) => relationship switch
    {
        Relationship.SubsetOf => Relationship.SupersetOf,
        Relationship.SupersetOf => Relationship.SubsetOf,
        _ => relationship,
    };
}
