using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>
/// An immutable, in-memory copy of the graph at one store revision. Records are held in arrays
/// sorted by id and addressed by integer index, except programmes: a programme keeps its index for
/// the life of the snapshots updated from one build (a new programme takes the next one), and its
/// arrays are chunked, so a write copies the chunks it changes rather than every programme. Edges
/// (requirements, programme competences and regions) are chunked lists with per-record offsets. Every read of the API is served from one
/// snapshot, so a reader never sees half of a write. A write makes the next snapshot with
/// <see cref="Apply"/>, which shares every structure the write did not change.
/// </summary>
public sealed class GraphSnapshot : IExistingRecords, IStoredRecords
{
    private readonly Dictionary<string, int> _frameworkIndex;
    private readonly Dictionary<string, int> _competenceIndex;
    private readonly Dictionary<string, int> _roleIndex;
    private readonly Dictionary<string, int> _standardIndex;
    private readonly Dictionary<string, int> _providerIndex;
    private readonly Dictionary<string, int[]> _mappingsByElement;
    private readonly HashSet<string> _mappingKeys;

    /// <summary>Most programmes a write may change for the supply index to be updated rather than built again.</summary>
    private const int IncrementalSupplyLimit = 256;

    // Replaced by Apply on its copy of the snapshot, never after the snapshot is published.
    private ChunkedList<TrainingProgramme> _programmes;
    /// <summary>Programme indices in id order: paging and lookups by id; a new programme is inserted here, not renumbered.</summary>
    private OrderIndex _programmeIdOrder;
    private ChunkedList<DemandEntry> _demand;
    private ChunkedList<string> _programmeSearchText;
    private Lazy<Gaps.SupplyIndex> _supply;
    private Lazy<Gaps.SupplyIndex> _supplyWithProposals;
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
        _programmes = ChunkedList<TrainingProgramme>.From(content.TrainingProgrammes.OrderBy(p => p.Id, StringComparer.Ordinal));
        _programmeIdOrder = OrderIndex.Identity(_programmes.Count);

        // The programmes' edges, their text, the mappings and the demand depend only on what is above, not on each other:
        // at scale L they take about a second on one core, so they are built side by side.
        Edges develops = null!, developedBy = null!, regions = null!;
        ChunkedList<int> hours = null!;
        ChunkedList<string> searchText = null!;
        Mapping[] sortedMappings = null!;
        Dictionary<string, int[]> mappingsByElement = null!;
        HashSet<string> mappingKeys = null!;
        ElementGraph elements = null!;
        ChunkedList<DemandEntry> demand = null!;
        ChunkedList<int> demandRegion = null!, demandRole = null!;
        Parallel.Invoke(
            () =>
            {
                develops = Edges.Build(_programmes, DevelopsEdges, edge => edge);
                developedBy = develops.Reverse(Competences.Count);
            },
            () => regions = Edges.Build(_programmes, RegionEdges, edge => edge),
            () =>
            {
                hours = ChunkedList<int>.From(_programmes.Select(p => p.Hours));
                searchText = ChunkedList<string>.From(_programmes.Select(SearchText));
            },
            () =>
            {
                sortedMappings = [.. content.Mappings.OrderBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.Target, StringComparer.Ordinal)];
                mappingsByElement = IndexMappings(sortedMappings);
                mappingKeys = [.. sortedMappings.Select(m => m.Key)];
                elements = new ElementGraph(Competences, _competenceIndex, Roles, _roleIndex, Standards, _standardIndex, sortedMappings, includeProposed: false);
            },
            () =>
            {
                demand = ChunkedList<DemandEntry>.From(content.Demand.Order(DemandOrder.Instance));
                demandRegion = ChunkedList<int>.From(demand.Select(d => RegionTree.IndexOf(d.Region)));
                demandRole = ChunkedList<int>.From(demand.Select(d => RoleIndex(d.Role)));
            });
        (ProgrammeDevelops, CompetenceDevelopedBy, ProgrammeRegions, ProgrammeHours, _programmeSearchText) = (develops, developedBy, regions, hours, searchText);
        (Mappings, _mappingsByElement, _mappingKeys, Elements) = (sortedMappings, mappingsByElement, mappingKeys, elements);
        (_demand, DemandRegion, DemandRole) = (demand, demandRegion, demandRole);

        CompetencesByFramework = GroupBy(Competences, c => _frameworkIndex.GetValueOrDefault(c.Framework, -1), Frameworks.Count);
        RolesByFramework = GroupBy(Roles, r => _frameworkIndex.GetValueOrDefault(r.Framework, -1), Frameworks.Count);
        RoleRequirements = Edges.Build(Roles, r => r.Requires, req => (CompetenceIndex(req.Competence), req.Level));
        // The factory captures the lists, not the snapshot: snapshots updated by writes share this, and must not keep an older one alive.
        var (competences, competenceIndex, roles, roleIndex, standards, standardIndex, mappings) = (Competences, _competenceIndex, Roles, _roleIndex, Standards, _standardIndex, Mappings);
        _withProposals = new Lazy<ElementGraph>(
            () => new ElementGraph(competences, competenceIndex, roles, roleIndex, standards, standardIndex, mappings, includeProposed: true),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _supply = LazySupply(includeProposed: false);
        _supplyWithProposals = LazySupply(includeProposed: true);
        CompetenceRequiredBy = RoleRequirements.Reverse(Competences.Count);
    }

    public static GraphSnapshot Empty { get; } = new(GraphContent.Empty);

    public static GraphSnapshot Build(GraphContent content) => new(content);

    /// <summary>
    /// The snapshot after the store applied <paramref name="upserts"/> as one change at <paramref name="revision"/>, the same
    /// as one built from the store's content then. A change of demand or programmes only (what planners and providers write
    /// day to day) updates what depends on them, the supply index included, for the changed records only and shares the
    /// rest; any other change builds the snapshot again from the merged content. This snapshot is not changed.
    /// </summary>
    public GraphSnapshot Apply(IReadOnlyList<Dataset> upserts, long revision)
    {
        var content = Content.With(upserts, revision, this);
        if (RecordKinds.All.Any(kind => kind != RecordKinds.Demand && kind != RecordKinds.TrainingProgrammes && upserts.Any(u => kind.Count(u) > 0)))
            return Build(content);

        var next = (GraphSnapshot)MemberwiseClone();
        next.Content = content;
        next.Revision = revision;
        next.Datasets = [.. content.Datasets.Select(d => d.Info)];
        var demand = upserts.SelectMany(u => u.Demand).ToList();
        if (demand.Count > 0) next.UpsertDemand(demand);
        var programmes = upserts.SelectMany(u => u.TrainingProgrammes).ToList();
        if (programmes.Count > 0) next.UpsertProgrammes(this, programmes);
        return next;
    }

    /// <summary>The records this snapshot was built from, grouped by dataset: what writes validate against.</summary>
    public GraphContent Content { get; private set; }

    public long Revision { get; private set; }
    public IReadOnlyList<DatasetInfo> Datasets { get; private set; }
    public RegionTree RegionTree { get; }
    public IReadOnlyList<Framework> Frameworks { get; }
    public IReadOnlyList<Competence> Competences { get; }
    public IReadOnlyList<Role> Roles { get; }
    public IReadOnlyList<Standard> Standards { get; }
    public IReadOnlyList<Mapping> Mappings { get; }
    public IReadOnlyList<Provider> Providers { get; }
    /// <summary>Programmes by programme index, which is not id order once programmes were added by <see cref="Apply"/>: see <see cref="ProgrammeIdOrder"/>.</summary>
    public IReadOnlyList<TrainingProgramme> Programmes => _programmes;

    /// <summary>Programme indices in id order.</summary>
    public IReadOnlyList<int> ProgrammeIdOrder => _programmeIdOrder;
    public IReadOnlyList<DemandEntry> Demand => _demand;

    /// <summary>Competence indices of each framework, by framework index.</summary>
    public IReadOnlyList<int[]> CompetencesByFramework { get; }

    /// <summary>Role indices of each framework, by framework index.</summary>
    public IReadOnlyList<int[]> RolesByFramework { get; }

    /// <summary>(competence index, level) of each role's requirements, by role index.</summary>
    public Edges RoleRequirements { get; }

    /// <summary>(competence index, level) of what each programme develops, by programme index; none for retired programmes, so no analysis counts them.</summary>
    public Edges ProgrammeDevelops { get; private set; }

    /// <summary>(region index, 0) of where each programme is offered, by programme index.</summary>
    public Edges ProgrammeRegions { get; private set; }

    /// <summary>(role index, level) of the roles requiring each competence, by competence index.</summary>
    public Edges CompetenceRequiredBy { get; }

    /// <summary>(programme index, level) of the programmes developing each competence, by competence index.</summary>
    public Edges CompetenceDevelopedBy { get; private set; }

    /// <summary>Competences, roles and standards as one node set, joined by the approved mappings that analysis follows.</summary>
    public ElementGraph Elements { get; }

    /// <summary>The preview graph: approved and proposed mappings alike, built on first use.</summary>
    public ElementGraph ElementsWithProposals => _withProposals.Value;

    public ElementGraph ElementsFor(bool includeProposed) => includeProposed ? ElementsWithProposals : Elements;

    /// <summary>Region index of each demand entry (-1 when unknown), parallel to <see cref="Demand"/>.</summary>
    public ChunkedList<int> DemandRegion { get; private set; }

    /// <summary>Role index of each demand entry (-1 when unknown), parallel to <see cref="Demand"/>.</summary>
    public ChunkedList<int> DemandRole { get; private set; }

    /// <summary>
    /// Seats by competence, level and region, built on first use after a full build; a write of programmes updates an
    /// index already built (<see cref="Apply"/>), so the change counts in the next gap report without a rebuild.
    /// </summary>
    internal Gaps.SupplyIndex SupplyFor(bool includeProposed) => includeProposed ? _supplyWithProposals.Value : _supply.Value;

    /// <summary>
    /// Builds the supply index of the approved mappings now instead of on the first gap report, so that the first
    /// <c>regionGaps</c> after a load does not wait for it; the writes that follow keep it up to date.
    /// </summary>
    public void PrepareSupply() => _ = _supply.Value;

    /// <summary>Hours of each programme, by programme index: hot loops read this flat array instead of the records.</summary>
    public ChunkedList<int> ProgrammeHours { get; private set; }

    /// <summary>Id, title and provider name of each programme, for text search.</summary>
    public IReadOnlyList<string> ProgrammeSearchText => _programmeSearchText;

    public int FrameworkIndex(string id) => _frameworkIndex.GetValueOrDefault(id, -1);
    public int CompetenceIndex(string id) => _competenceIndex.GetValueOrDefault(id, -1);
    public int RoleIndex(string id) => _roleIndex.GetValueOrDefault(id, -1);
    public int StandardIndex(string id) => _standardIndex.GetValueOrDefault(id, -1);
    public int ProviderIndex(string id) => _providerIndex.GetValueOrDefault(id, -1);
    /// <summary>A binary search of the programmes in id order: a dictionary of them would have to be copied on every write.</summary>
    public int ProgrammeIndex(string id) => IdOrderSearch(id) is var at and >= 0 ? _programmeIdOrder[at] : -1;

    /// <summary>Where <paramref name="id"/> is in <see cref="_programmeIdOrder"/>, or the complement of where it would go.</summary>
    private int IdOrderSearch(string id)
    {
        int low = 0, high = _programmeIdOrder.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = string.CompareOrdinal(_programmes[_programmeIdOrder[middle]].Id, id);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }

    public Region? FindRegion(string code) => RegionTree.IndexOf(code) is var i and >= 0 ? RegionTree.Regions[i] : null;
    public Framework? FindFramework(string id) => FrameworkIndex(id) is var i and >= 0 ? Frameworks[i] : null;
    public Competence? FindCompetence(string id) => CompetenceIndex(id) is var i and >= 0 ? Competences[i] : null;
    public Role? FindRole(string id) => RoleIndex(id) is var i and >= 0 ? Roles[i] : null;
    public Standard? FindStandard(string id) => StandardIndex(id) is var i and >= 0 ? Standards[i] : null;
    public Provider? FindProvider(string id) => ProviderIndex(id) is var i and >= 0 ? Providers[i] : null;
    public TrainingProgramme? FindProgramme(string id) => ProgrammeIndex(id) is var i and >= 0 ? Programmes[i] : null;

    public bool HasMapping(string key) => _mappingKeys.Contains(key);

    /// <summary>The demand entry of the region, role and year: a binary search, since demand is kept in that order.</summary>
    public DemandEntry? FindDemand(string region, string role, int year) =>
        DemandPosition(new DemandEntry(region, role, year, 0, null, null)) is var at and >= 0 ? _demand[at] : null;

    /// <summary>
    /// The records a write replaces, for <see cref="GraphContent.With"/>: this snapshot holds the very instances of its
    /// content, found by index for programmes and demand (what incremental writes change); other kinds are not answered.
    /// </summary>
    bool IStoredRecords.TryFind<T>(RecordKind<T> kind, T record, out T? stored) where T : default
    {
        object? found;
        switch (record)
        {
            case TrainingProgramme programme:
                found = FindProgramme(programme.Id);
                break;
            case DemandEntry entry:
                found = DemandPosition(entry) is var at and >= 0 ? _demand[at] : null;
                break;
            default:
                stored = default;
                return false;
        }
        stored = (T?)found;
        return true;
    }

    /// <summary>Where the entry with the key of <paramref name="entry"/> is in <see cref="Demand"/>, or the complement of where it would go.</summary>
    private int DemandPosition(DemandEntry entry)
    {
        int low = 0, high = _demand.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = DemandOrder.Instance.Compare(_demand[middle], entry);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }

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

    private string SearchText(TrainingProgramme programme) => $"{programme.Id}\n{programme.Title}\n{FindProvider(programme.Provider)?.Name ?? ""}";

    private IReadOnlyList<(int Target, int Level)> DevelopsEdges(TrainingProgramme programme) =>
        programme.IsRetired ? [] : [.. programme.Develops.Select(d => (CompetenceIndex(d.Competence), d.Level)).Where(e => e.Item1 >= 0)];

    private IReadOnlyList<(int Target, int Level)> RegionEdges(TrainingProgramme programme) =>
        programme.IsRetired ? [] : [.. programme.Regions.Select(code => (RegionTree.IndexOf(code), 0)).Where(e => e.Item1 >= 0)];

    private Lazy<Gaps.SupplyIndex> LazySupply(bool includeProposed) =>
        new(() => new Gaps.SupplyIndex(this, ElementsFor(includeProposed)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Entries that replace stored ones take their places, so only the chunks holding them are copied (what a planner's
    /// setDemand of a known region, role and year does); new entries are inserted in order, which copies the chunks from
    /// the first insertion on, shifted, and shares those before it.
    /// </summary>
    private void UpsertDemand(IReadOnlyList<DemandEntry> entries)
    {
        // Of entries with the same key, the last upserted wins; in order, so that insertions come at ascending positions.
        var latest = new Dictionary<string, DemandEntry>(StringComparer.Ordinal);
        foreach (var entry in entries) latest[entry.Key] = entry;
        var replaced = new List<(int At, DemandEntry Entry)>();
        var added = new List<(int At, DemandEntry Entry)>();
        foreach (var entry in latest.Values.Order(DemandOrder.Instance))
        {
            var at = DemandPosition(entry);
            if (at >= 0) replaced.Add((at, entry));
            else added.Add((~at, entry));
        }
        _demand = _demand.With(replaced).Inserted(added);
        DemandRegion = DemandRegion.With(Resolved(replaced, e => RegionTree.IndexOf(e.Region))).Inserted(Resolved(added, e => RegionTree.IndexOf(e.Region)));
        DemandRole = DemandRole.With(Resolved(replaced, e => RoleIndex(e.Role))).Inserted(Resolved(added, e => RoleIndex(e.Role)));

        static List<(int At, int Index)> Resolved(List<(int At, DemandEntry Entry)> entries, Func<DemandEntry, int> index) =>
            [.. entries.Select(e => (e.At, index(e.Entry)))];
    }

    /// <summary>
    /// A replaced programme keeps its index and a new one takes the next free index, so only the chunks holding them are
    /// copied; the id order takes the new indices where their ids sort.
    /// </summary>
    private void UpsertProgrammes(GraphSnapshot previous, IReadOnlyList<TrainingProgramme> programmes)
    {
        // Of programmes with the same id, the last upserted wins.
        var latest = new Dictionary<string, TrainingProgramme>(StringComparer.Ordinal);
        foreach (var programme in programmes) latest[programme.Id] = programme;
        var changes = new Dictionary<int, TrainingProgramme>();
        var added = new List<(int At, int Index)>();
        var nextIndex = _programmes.Count;
        foreach (var programme in latest.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var at = IdOrderSearch(programme.Id);
            var index = at >= 0 ? _programmeIdOrder[at] : nextIndex++;
            if (at < 0) added.Add((~at, index));
            changes[index] = programme;
        }
        _programmes = _programmes.With(changes.Select(c => (c.Key, c.Value)));
        _programmeIdOrder = _programmeIdOrder.Inserted(added);
        ProgrammeDevelops = ProgrammeDevelops.With(changes.ToDictionary(c => c.Key, c => DevelopsEdges(c.Value)));
        ProgrammeRegions = ProgrammeRegions.With(changes.ToDictionary(c => c.Key, c => RegionEdges(c.Value)));
        CompetenceDevelopedBy = CompetenceDevelopedBy.WithReversed(previous.ProgrammeDevelops, ProgrammeDevelops, changes.Keys);
        ProgrammeHours = ProgrammeHours.With(changes.Select(c => (c.Key, c.Value.Hours)));
        _programmeSearchText = _programmeSearchText.With(changes.Select(c => (c.Key, SearchText(c.Value))));
        var changed = changes.Keys.Order().Select(p => (p < previous.Programmes.Count ? p : -1, p)).ToList();
        _supply = Updated(previous, previous._supply, changed, includeProposed: false);
        _supplyWithProposals = Updated(previous, previous._supplyWithProposals, changed, includeProposed: true);
    }

    /// <summary>
    /// An index already built is updated for the changed programmes, given as (index before or -1, index after); one not
    /// built yet is built on first use, and so is one after a large import: updating costs a search per competence a
    /// changed programme reaches.
    /// </summary>
    private Lazy<Gaps.SupplyIndex> Updated(GraphSnapshot previous, Lazy<Gaps.SupplyIndex> index, IReadOnlyList<(int Old, int New)> changed, bool includeProposed)
    {
        if (!index.IsValueCreated || changed.Count > IncrementalSupplyLimit) return LazySupply(includeProposed);
        return new Lazy<Gaps.SupplyIndex>(index.Value.With(previous, this, changed));
    }

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
