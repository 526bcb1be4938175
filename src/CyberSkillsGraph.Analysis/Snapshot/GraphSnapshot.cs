using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// An immutable, in-memory copy of the graph at one store revision. Records are held in arrays
/// sorted by id and addressed by integer index; edges (requirements, programme competences and
/// regions) are flat arrays with per-record offsets. Every read of the API is served from one
/// snapshot, so a reader never sees half of a write.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly Dictionary<string, int> _frameworkIndex;
    private readonly Dictionary<string, int> _competenceIndex;
    private readonly Dictionary<string, int> _roleIndex;
    private readonly Dictionary<string, int> _standardIndex;
    private readonly Dictionary<string, int> _providerIndex;
    private readonly Dictionary<string, int> _programmeIndex;
    private readonly Dictionary<string, int[]> _mappingsByElement;
    private readonly Lazy<Gaps.SupplyIndex> _supply;
    private readonly Lazy<Gaps.SupplyIndex> _supplyWithProposals;
    private readonly Lazy<ElementGraph> _withProposals;

    private GraphSnapshot(GraphContent content)
    {
        Content = content;
        Revision = content.Revision;
        Datasets = [.. content.Datasets.Select(d => d.Info)];
        RegionTree = new RegionTree(content.Regions);
        Frameworks = Sorted(content.Frameworks, f => f.Id, out _frameworkIndex);
        Competences = Sorted(content.Competences, c => c.Id, out _competenceIndex);
        Roles = Sorted(content.Roles, r => r.Id, out _roleIndex);
        Standards = Sorted(content.Standards, s => s.Id, out _standardIndex);
        Providers = Sorted(content.Providers, p => p.Id, out _providerIndex);
        Programmes = Sorted(content.TrainingProgrammes, p => p.Id, out _programmeIndex);
        Mappings = [.. content.Mappings.OrderBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.Target, StringComparer.Ordinal)];
        Demand = [.. content.Demand.OrderBy(d => d.Region, StringComparer.Ordinal).ThenBy(d => d.Role, StringComparer.Ordinal).ThenBy(d => d.Year)];

        CompetencesByFramework = GroupBy(Competences, c => _frameworkIndex.GetValueOrDefault(c.Framework, -1), Frameworks.Count);
        RolesByFramework = GroupBy(Roles, r => _frameworkIndex.GetValueOrDefault(r.Framework, -1), Frameworks.Count);
        RoleRequirements = Edges.Build(Roles, r => r.Requires, req => (CompetenceIndex(req.Competence), req.Level));
        ProgrammeDevelops = Edges.Build(Programmes, p => p.IsRetired ? [] : p.Develops, dev => (CompetenceIndex(dev.Competence), dev.Level));
        ProgrammeRegions = Edges.Build(Programmes, p => p.IsRetired ? [] : p.Regions, code => (RegionTree.IndexOf(code), 0));
        _mappingsByElement = IndexMappings(Mappings);
        Elements = new ElementGraph(this, includeProposed: false);
        _withProposals = new Lazy<ElementGraph>(() => new ElementGraph(this, includeProposed: true), LazyThreadSafetyMode.ExecutionAndPublication);
        CompetenceDevelopedBy = ProgrammeDevelops.Reverse(Competences.Count);
        DemandRegion = [.. Demand.Select(d => RegionTree.IndexOf(d.Region))];
        DemandRole = [.. Demand.Select(d => RoleIndex(d.Role))];
        _supply = new Lazy<Gaps.SupplyIndex>(() => new Gaps.SupplyIndex(this, Elements), LazyThreadSafetyMode.ExecutionAndPublication);
        _supplyWithProposals = new Lazy<Gaps.SupplyIndex>(() => new Gaps.SupplyIndex(this, ElementsWithProposals), LazyThreadSafetyMode.ExecutionAndPublication);
        CompetenceRequiredBy = RoleRequirements.Reverse(Competences.Count);
        ProgrammeHours = [.. Programmes.Select(p => p.Hours)];
        ProgrammeSearchText = [.. Programmes.Select(p => $"{p.Id}\n{p.Title}\n{ProviderName(p.Provider)}")];
    }

    public static GraphSnapshot Empty { get; } = new(GraphContent.Empty);

    public static GraphSnapshot Build(GraphContent content) => new(content);

    /// <summary>The records this snapshot was built from, grouped by dataset: what writes validate against.</summary>
    public GraphContent Content { get; }

    public long Revision { get; }
    public IReadOnlyList<DatasetInfo> Datasets { get; }
    public RegionTree RegionTree { get; }
    public IReadOnlyList<Framework> Frameworks { get; }
    public IReadOnlyList<Competence> Competences { get; }
    public IReadOnlyList<Role> Roles { get; }
    public IReadOnlyList<Standard> Standards { get; }
    public IReadOnlyList<Mapping> Mappings { get; }
    public IReadOnlyList<Provider> Providers { get; }
    public IReadOnlyList<TrainingProgramme> Programmes { get; }
    public IReadOnlyList<DemandEntry> Demand { get; }

    /// <summary>Competence indices of each framework, by framework index.</summary>
    public IReadOnlyList<int[]> CompetencesByFramework { get; }

    /// <summary>Role indices of each framework, by framework index.</summary>
    public IReadOnlyList<int[]> RolesByFramework { get; }

    /// <summary>(competence index, level) of each role's requirements, by role index.</summary>
    public Edges RoleRequirements { get; }

    /// <summary>(competence index, level) of what each programme develops, by programme index; none for retired programmes, so no analysis counts them.</summary>
    public Edges ProgrammeDevelops { get; }

    /// <summary>(region index, 0) of where each programme is offered, by programme index.</summary>
    public Edges ProgrammeRegions { get; }

    /// <summary>(role index, level) of the roles requiring each competence, by competence index.</summary>
    public Edges CompetenceRequiredBy { get; }

    /// <summary>(programme index, level) of the programmes developing each competence, by competence index.</summary>
    public Edges CompetenceDevelopedBy { get; }

    /// <summary>Competences, roles and standards as one node set, joined by the approved mappings that analysis follows.</summary>
    public ElementGraph Elements { get; }

    /// <summary>The preview graph: approved and proposed mappings alike, built on first use.</summary>
    public ElementGraph ElementsWithProposals => _withProposals.Value;

    public ElementGraph ElementsFor(bool includeProposed) => includeProposed ? ElementsWithProposals : Elements;

    /// <summary>Region index of each demand entry (-1 when unknown), parallel to <see cref="Demand"/>.</summary>
    public int[] DemandRegion { get; }

    /// <summary>Role index of each demand entry (-1 when unknown), parallel to <see cref="Demand"/>.</summary>
    public int[] DemandRole { get; }

    /// <summary>
    /// Seats by competence, level and region, built on first use after a write: writes stay quick and
    /// the first gap report after one pays for the build.
    /// </summary>
    internal Gaps.SupplyIndex SupplyFor(bool includeProposed) => includeProposed ? _supplyWithProposals.Value : _supply.Value;

    /// <summary>Hours of each programme, by programme index: hot loops read this flat array instead of the records.</summary>
    public int[] ProgrammeHours { get; }

    /// <summary>Id, title and provider name of each programme, for text search.</summary>
    public IReadOnlyList<string> ProgrammeSearchText { get; }

    public int FrameworkIndex(string id) => _frameworkIndex.GetValueOrDefault(id, -1);
    public int CompetenceIndex(string id) => _competenceIndex.GetValueOrDefault(id, -1);
    public int RoleIndex(string id) => _roleIndex.GetValueOrDefault(id, -1);
    public int StandardIndex(string id) => _standardIndex.GetValueOrDefault(id, -1);
    public int ProviderIndex(string id) => _providerIndex.GetValueOrDefault(id, -1);
    public int ProgrammeIndex(string id) => _programmeIndex.GetValueOrDefault(id, -1);

    public Region? FindRegion(string code) => RegionTree.IndexOf(code) is var i and >= 0 ? RegionTree.Regions[i] : null;
    public Framework? FindFramework(string id) => FrameworkIndex(id) is var i and >= 0 ? Frameworks[i] : null;
    public Competence? FindCompetence(string id) => CompetenceIndex(id) is var i and >= 0 ? Competences[i] : null;
    public Role? FindRole(string id) => RoleIndex(id) is var i and >= 0 ? Roles[i] : null;
    public Standard? FindStandard(string id) => StandardIndex(id) is var i and >= 0 ? Standards[i] : null;
    public Provider? FindProvider(string id) => ProviderIndex(id) is var i and >= 0 ? Providers[i] : null;
    public TrainingProgramme? FindProgramme(string id) => ProgrammeIndex(id) is var i and >= 0 ? Programmes[i] : null;

    /// <summary>Every mapping, approved or proposed, with the element at either end.</summary>
    public IEnumerable<Mapping> MappingsOf(string elementId) =>
        _mappingsByElement.TryGetValue(elementId, out var indices) ? indices.Select(i => Mappings[i]) : [];

    private static Dictionary<string, int[]> IndexMappings(IReadOnlyList<Mapping> mappings)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mappings.Count; i++)
        {
            Add(mappings[i].Source, i);
            Add(mappings[i].Target, i);
        }
        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        void Add(string id, int mapping)
        {
            if (!lists.TryGetValue(id, out var list)) lists[id] = list = [];
            list.Add(mapping);
        }
    }

    private string ProviderName(string id) => FindProvider(id)?.Name ?? "";

    private static T[] Sorted<T>(IEnumerable<T> records, Func<T, string> key, out Dictionary<string, int> index)
    {
        var sorted = records.OrderBy(key, StringComparer.Ordinal).ToArray();
        index = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++) index[key(sorted[i])] = i;
        return sorted;
    }

    private static int[][] GroupBy<T>(IReadOnlyList<T> records, Func<T, int> group, int groups)
    {
        var lists = new List<int>[groups];
        for (var g = 0; g < groups; g++) lists[g] = [];
        for (var i = 0; i < records.Count; i++)
        {
            if (group(records[i]) is var g and >= 0) lists[g].Add(i);
        }
        return [.. lists.Select(l => l.ToArray())];
    }
}
