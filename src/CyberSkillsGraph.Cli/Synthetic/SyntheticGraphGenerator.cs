using System.Globalization;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Cli.Synthetic;

/// <summary>
/// Makes a synthetic graph for benchmarks and load tests: the same <see cref="SyntheticScale"/> and
/// seed always give the same records in the same order (only <see cref="Random(int)"/> and exact
/// arithmetic decide anything), so files written from it are byte-identical from run to run.
/// </summary>
/// <remarks>
/// The data is skewed the way real catalogues are, so that every gap status shows up: teaching follows
/// a Zipf law (a few competences are taught far more than the rest) and about one competence in twelve
/// is taught nowhere; programmes mostly teach the lower levels of a competence while roles mostly require
/// the higher ones; some regions have much less training than their demand; a few providers offer most
/// programmes. Mappings behave like crosswalks: they join elements of different frameworks and nearly
/// always of the same topic, and most are <c>intersects_with</c>, so that mapped coverage stays local
/// instead of three hops reaching most of the graph. The records pass <c>DatasetValidator</c> on an
/// empty graph: ids are unique, every reference resolves, levels lie within each competence's range,
/// and no two mappings join the same pair of elements in either direction.
/// </remarks>
public static class SyntheticGraphGenerator
{
    public const string StructureDatasetId = "synthetic-structure";
    public const string MappingsDatasetId = "synthetic-mappings";
    public const string TrainingDatasetId = "synthetic-training";
    public const string DemandDatasetId = "synthetic-demand";

    /// <summary>Roots of the region tree; every other region hangs below one of them.</summary>
    public const int RootRegions = 2;

    /// <summary>How far below a root a region may sit (root → child → grandchild → great-grandchild).</summary>
    public const int MaxRegionDepth = 3;

    public const int MinRequires = 4;
    public const int MaxRequires = 8;
    public const int MinDevelops = 3;
    public const int MaxDevelops = 9;
    public const int MinSeats = 5;
    public const int MaxSeats = 200;
    public const int MinHours = 8;
    public const int MaxHours = 400;
    public const int MaxOpenings = 300;

    /// <summary>The years demand entries are generated for.</summary>
    public static IReadOnlyList<int> DemandYears { get; } = [2025, 2026];

    /// <summary>The datasets of a synthetic graph, in import order: structure, mappings, training, demand.</summary>
    public static IReadOnlyList<Dataset> Generate(SyntheticScale scale, int seed)
    {
        ArgumentNullException.ThrowIfNull(scale);
        CheckFeasible(scale);
        return new Builder(scale, seed).Build();
    }

    /// <summary>The command line that regenerates a scale and seed; it is each dataset's source.</summary>
    public static string SourceFor(SyntheticScale scale, int seed)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return $"cyberskills generate --scale {scale.Name} --seed {seed.ToString(CultureInfo.InvariantCulture)}";
    }

    private static void CheckFeasible(SyntheticScale scale)
    {
        static void Require(bool condition, string message)
        {
            if (!condition) throw new ArgumentOutOfRangeException(nameof(scale), message);
        }

        Require(scale.Regions >= 1 && scale.Frameworks >= 1 && scale.Providers >= 1, "a synthetic graph needs at least one region, framework and provider");
        Require(scale.Competences >= scale.Frameworks * MaxDevelops, $"each framework needs at least {MaxDevelops} competences");
        Require(scale.Roles >= 1 || (scale.RoleMappings == 0 && scale.DemandEntries == 0), "role mappings and demand need roles");
        Require(scale.Programmes >= 0 && scale.CompetenceMappings >= 0 && scale.RoleMappings >= 0 && scale.ProposedMappings >= 0 && scale.DemandEntries >= 0,
            "counts must be 0 or more");
        // Pairs are drawn at random and redrawn when taken: keep at least half of the possible pairs free.
        Require(2L * (scale.CompetenceMappings + scale.ProposedMappings) <= CrossFrameworkPairs(scale.Competences, scale.Frameworks),
            "too many competence mappings for the number of competences");
        Require(2L * (scale.RoleMappings + scale.ProposedMappings) <= CrossFrameworkPairs(scale.Roles, scale.Frameworks),
            "too many role mappings for the number of roles");
        Require(2L * scale.DemandEntries <= (long)scale.Regions * scale.Roles * DemandYears.Count,
            "too many demand entries for the number of regions, roles and years");
    }

    /// <summary>Unordered pairs of elements in different frameworks (any two elements when there is one framework).</summary>
    private static long CrossFrameworkPairs(int elements, int frameworks)
    {
        var all = (long)elements * (elements - 1) / 2;
        if (frameworks == 1) return all;
        long within = 0;
        for (var f = 0; f < frameworks; f++)
        {
            long size = ShareOf(elements, frameworks, f);
            within += size * (size - 1) / 2;
        }
        return all - within;
    }

    /// <summary>How many of <paramref name="total"/> elements framework <paramref name="index"/> holds: an even split, the remainder to the first ones.</summary>
    private static int ShareOf(int total, int parts, int index) => total / parts + (index < total % parts ? 1 : 0);

    private static string Number(int value, int minWidth, int count) =>
        value.ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(minWidth, count.ToString(CultureInfo.InvariantCulture).Length), '0');

    /// <summary>One generation run: the random source and the records made so far.</summary>
    private sealed class Builder(SyntheticScale scale, int seed)
    {
        private static readonly string[] RegionStems = ["Nor", "Ost", "Val", "Mar", "Kel", "Bra", "Sol", "Tir", "Dun", "Ard", "Lum", "Cor", "Esk", "Fen", "Gal", "Hav"];
        private static readonly string[] RegionEndings = ["land", "mark", "ia", "avia", "heim", "ora", "stan", "gard", "ria", "onia", "burg", "vale"];
        private static readonly string[] Languages = ["en", "de", "fr", "ja", "es", "it", "nl", "pl", "sv", "ko"];
        private static readonly string[] CategoryNames = ["Plan", "Build", "Run", "Enable", "Manage", "Protect", "Detect", "Respond"];
        private static readonly string[] CompetenceQualifiers =
            ["Applied", "Strategic", "Operational", "Advanced", "Foundational", "Secure", "Automated", "Continuous", "Integrated", "Adaptive"];
        private static readonly string[] Topics =
        [
            "Network Defence", "Incident Response", "Threat Intelligence", "Risk Management", "Identity and Access Management",
            "Cryptography", "Secure Software Development", "Cloud Security", "Digital Forensics", "Security Architecture",
            "Vulnerability Management", "Penetration Testing", "Security Governance", "Privacy Engineering", "OT Security",
            "Malware Analysis", "Security Monitoring", "Business Continuity", "Supply Chain Security", "Security Awareness",
        ];
        /// <summary>
        /// Crosswalks relate elements about the same narrow subject: about this many competences (or
        /// roles) across all frameworks share a mapping cluster, and one mapping in
        /// <see cref="CrossTopicOneIn"/> links two clusters, so that a few hops reach dozens of elements, not the whole graph.
        /// </summary>
        private const int CompetencesPerCluster = 24;
        private const int RolesPerCluster = 12;
        private const int CrossTopicOneIn = 50;

        private static int Clusters(int elements, int perCluster) => Math.Max(1, elements / perCluster);

        private static readonly string[] Seniorities = ["Junior", "Associate", "Senior", "Lead", "Principal", "Chief"];
        private static readonly string[] RoleNouns = ["Analyst", "Engineer", "Architect", "Manager", "Specialist", "Consultant", "Auditor", "Officer"];
        private static readonly string[] ProviderKinds = ["Academy", "Institute", "University", "Training Centre", "Online School", "Bootcamp"];
        private static readonly string[] ProgrammeFormats = ["Course", "Bootcamp", "Certificate", "Workshop", "Master Class", "Diploma"];

        private readonly Random _random = new(seed);
        private readonly string _source = SourceFor(scale, seed);

        private Region[] _regions = [];
        private string[] _regionLanguages = [];
        private double[] _regionSupply = [];
        private double[] _regionDemand = [];

        private Framework[] _frameworks = [];

        private Competence[] _competences = [];
        private int[] _competenceFramework = [];
        private int[] _competenceTopic = [];
        private CompetenceLevel[][] _levels = [];
        private WeightedChoice _taught = WeightedChoice.Empty;
        private WeightedChoice[] _taughtInFramework = [];
        private WeightedChoice _required = WeightedChoice.Empty;
        private WeightedChoice[] _requiredInFramework = [];

        private Role[] _roles = [];
        private int[] _roleFramework = [];
        private int[] _roleTopic = [];
        private WeightedChoice _demandedRoles = WeightedChoice.Empty;

        private Provider[] _providers = [];
        private int[] _providerRegion = [];

        public IReadOnlyList<Dataset> Build()
        {
            MakeRegions();
            MakeFrameworks();
            MakeCompetences();
            MakeRoles();
            var mappings = MakeMappings();
            MakeProviders();
            var programmes = MakeProgrammes();
            var demand = MakeDemand();
            return
            [
                new Dataset(Info(StructureDatasetId, "structure", "regions, frameworks, competences and roles"))
                {
                    Regions = _regions,
                    Frameworks = _frameworks,
                    Competences = _competences,
                    Roles = _roles,
                },
                new Dataset(Info(MappingsDatasetId, "mappings", "approved and proposed mappings between competences and between roles of different frameworks"))
                {
                    Mappings = mappings,
                },
                new Dataset(Info(TrainingDatasetId, "training", "providers and training programmes"))
                {
                    Providers = _providers,
                    TrainingProgrammes = programmes,
                },
                new Dataset(Info(DemandDatasetId, "demand", $"hiring demand per region, role and year ({string.Join(", ", DemandYears)})"))
                {
                    Demand = demand,
                },
            ];
        }

        private DatasetInfo Info(string id, string part, string contents) => new(
            id,
            $"Synthetic {part} (scale {scale.Name}, seed {seed.ToString(CultureInfo.InvariantCulture)}): {contents}",
            _source,
            "CC0-1.0",
            "Generated for benchmarks and load tests; not real data. Rerun the source command to get the same file.");

        // ---- regions -------------------------------------------------------------------------------

        private void MakeRegions()
        {
            var count = scale.Regions;
            _regions = new Region[count];
            _regionLanguages = new string[count];
            _regionSupply = new double[count];
            _regionDemand = new double[count];
            var depth = new int[count];
            var canParent = new List<int>();
            for (var i = 0; i < count; i++)
            {
                var code = "R" + Number(i + 1, 2, count);
                string? parent = null;
                if (i < RootRegions)
                {
                    depth[i] = 0;
                    _regionLanguages[i] = "en";
                }
                else
                {
                    var p = canParent[_random.Next(canParent.Count)];
                    parent = _regions[p].Code;
                    depth[i] = depth[p] + 1;
                    // Half of the regions keep their parent's language, as member states of a union do not.
                    _regionLanguages[i] = _random.Next(2) == 0 ? _regionLanguages[p] : Pick(Languages);
                }
                if (depth[i] < MaxRegionDepth) canParent.Add(i);
                var name = i < RootRegions
                    ? $"Synthetic Union of {Pick(RegionStems)}{Pick(RegionEndings)}"
                    : $"{Pick(RegionStems)}{Pick(RegionEndings)}";
                _regions[i] = new Region(code, name, parent);

                // Demand is spread fairly evenly; training much less so, which leaves some regions short.
                _regionDemand[i] = 0.2 + _random.NextDouble();
                var u = _random.NextDouble();
                _regionSupply[i] = _regionDemand[i] * (0.02 + (1.98 * u * u * u * u));
            }
        }

        // ---- frameworks, competences, roles -------------------------------------------------------

        private void MakeFrameworks()
        {
            _frameworks = new Framework[scale.Frameworks];
            for (var f = 0; f < _frameworks.Length; f++)
            {
                var number = (f + 1).ToString(CultureInfo.InvariantCulture);
                var categories = new FrameworkCategory[4 + _random.Next(CategoryNames.Length - 3)];
                for (var c = 0; c < categories.Length; c++)
                    categories[c] = new FrameworkCategory(((char)('A' + c)).ToString(), CategoryNames[c]);
                var region = _random.Next(3) == 0 ? _random.Next(_regions.Length) : _random.Next(Math.Min(RootRegions, _regions.Length));
                _frameworks[f] = new Framework(
                    "F" + number,
                    $"Synthetic Framework {number}",
                    $"{1 + _random.Next(3)}.{_random.Next(10)}",
                    $"Synthetic Standards Body {number}",
                    _regions[region].Code,
                    Vocabulary.FrameworkKinds[f % Vocabulary.FrameworkKinds.Count],
                    categories);
            }
        }

        private void MakeCompetences()
        {
            var count = scale.Competences;
            _competences = new Competence[count];
            _competenceFramework = new int[count];
            _competenceTopic = new int[count];
            _levels = new CompetenceLevel[count][];
            var next = 0;
            for (var f = 0; f < _frameworks.Length; f++)
            {
                var framework = _frameworks[f];
                var share = ShareOf(count, _frameworks.Length, f);
                for (var k = 1; k <= share; k++, next++)
                {
                    var code = "C" + Number(k, 4, share);
                    var u = _random.NextDouble();
                    var min = u < 0.5 ? 1 : u < 0.85 ? 2 : 3;
                    var max = Math.Min(DatasetValidator.MaxLevel, min + 1 + _random.Next(3));
                    var topic = _random.Next(Clusters(count, CompetencesPerCluster));
                    var competence = new Competence(
                        $"{framework.Id}:{code}",
                        framework.Id,
                        code,
                        $"{Pick(CompetenceQualifiers)} {Topics[topic % Topics.Length]}",
                        min,
                        max,
                        Pick(framework.Categories).Code);
                    _competences[next] = competence;
                    _competenceFramework[next] = f;
                    _competenceTopic[next] = topic;
                    // One shared record per (competence, level) keeps 1.2 million develops edges cheap.
                    var levels = new CompetenceLevel[DatasetValidator.MaxLevel + 1];
                    for (var level = min; level <= max; level++) levels[level] = new CompetenceLevel(competence.Id, level);
                    _levels[next] = levels;
                }
            }

            // Teaching is Zipf-like (rank^-1) and about one competence in twelve is taught nowhere.
            var taught = ZipfWeights(count, rank => 1.0 / rank);
            for (var i = 0; i < count; i++)
            {
                if (_random.Next(12) == 0) taught[i] = 0;
            }
            // What roles require follows another, flatter ranking (rank^-0.5), so the two do not line up.
            var required = ZipfWeights(count, rank => 1 / Math.Sqrt(rank));
            _taught = new WeightedChoice(Enumerable.Range(0, count).ToArray(), taught);
            _required = new WeightedChoice(Enumerable.Range(0, count).ToArray(), required);
            _taughtInFramework = new WeightedChoice[_frameworks.Length];
            _requiredInFramework = new WeightedChoice[_frameworks.Length];
            for (var f = 0; f < _frameworks.Length; f++)
            {
                var members = Enumerable.Range(0, count).Where(i => _competenceFramework[i] == f).ToArray();
                _taughtInFramework[f] = new WeightedChoice(members, [.. members.Select(i => taught[i])]);
                _requiredInFramework[f] = new WeightedChoice(members, [.. members.Select(i => required[i])]);
            }
        }

        private void MakeRoles()
        {
            var count = scale.Roles;
            _roles = new Role[count];
            _roleFramework = new int[count];
            _roleTopic = new int[count];
            var next = 0;
            for (var f = 0; f < _frameworks.Length; f++)
            {
                var framework = _frameworks[f];
                var share = ShareOf(count, _frameworks.Length, f);
                for (var k = 1; k <= share; k++, next++)
                {
                    var required = Distinct(
                        MinRequires + _random.Next(MaxRequires - MinRequires + 1),
                        () => (_random.Next(4) == 0 ? _required : _requiredInFramework[f]).Pick(_random));
                    var requires = new CompetenceLevel[required.Length];
                    for (var r = 0; r < required.Length; r++)
                    {
                        // Roles mostly require the upper levels of a competence.
                        var competence = _competences[required[r]];
                        var u = _random.NextDouble();
                        requires[r] = _levels[required[r]][competence.MaxLevel - (int)((competence.MaxLevel - competence.MinLevel + 1) * u * u)];
                    }
                    var topic = _random.Next(Clusters(count, RolesPerCluster));
                    _roles[next] = new Role(
                        $"{framework.Id}:ROLE{Number(k, 4, share)}",
                        framework.Id,
                        $"{Pick(Seniorities)} {Topics[topic % Topics.Length]} {Pick(RoleNouns)}",
                        [],
                        $"Synthetic role working on {Topics[topic % Topics.Length].ToLowerInvariant()}.",
                        requires,
                        Pick(framework.Categories).Code);
                    _roleFramework[next] = f;
                    _roleTopic[next] = topic;
                }
            }
            _demandedRoles = new WeightedChoice(Enumerable.Range(0, count).ToArray(), ZipfWeights(count, rank => 1 / Math.Sqrt(rank)));
        }

        // ---- mappings ------------------------------------------------------------------------------

        private Mapping[] MakeMappings()
        {
            var mappings = new List<Mapping>(scale.Mappings);
            var competences = new MappableElements([.. _competences.Select(c => c.Id)], _competenceFramework, _competenceTopic, Clusters(_competences.Length, CompetencesPerCluster));
            var roles = new MappableElements([.. _roles.Select(r => r.Id)], _roleFramework, _roleTopic, Clusters(_roles.Length, RolesPerCluster));
            AddMappings(mappings, scale.CompetenceMappings, competences, MappingStatus.Approved);
            AddMappings(mappings, scale.RoleMappings, roles, MappingStatus.Approved);
            var proposedRoles = _roles.Length < 2 ? 0 : scale.ProposedMappings / 10;
            AddMappings(mappings, scale.ProposedMappings - proposedRoles, competences, MappingStatus.Proposed);
            AddMappings(mappings, proposedRoles, roles, MappingStatus.Proposed);
            mappings.Sort(static (a, b) =>
            {
                var bySource = string.CompareOrdinal(a.Source, b.Source);
                return bySource != 0 ? bySource : string.CompareOrdinal(a.Target, b.Target);
            });
            return [.. mappings];
        }

        /// <summary>
        /// Adds mappings between elements of different frameworks, as crosswalks do: nearly all join two
        /// elements of the same topic, so that the mapping graph is a set of loosely linked clusters rather
        /// than one well-mixed web in which three hops reach a large part of the graph. Like real crosswalks,
        /// most relationships are <c>intersects_with</c>; only a quarter cover one end fully.
        /// </summary>
        private void AddMappings(List<Mapping> mappings, int count, MappableElements elements, MappingStatus status)
        {
            var crossFramework = _frameworks.Length > 1;
            for (var added = 0; added < count;)
            {
                var a = _random.Next(elements.Ids.Length);
                var sameTopic = elements.ByTopic[elements.Topic[a]];
                var b = _random.Next(CrossTopicOneIn) == 0 ? _random.Next(elements.Ids.Length) : sameTopic[_random.Next(sameTopic.Length)];
                if (a == b || (crossFramework && elements.Framework[a] == elements.Framework[b])) continue;
                // One set of unordered pairs per kind: a pair is never mapped twice, nor in both directions.
                if (!elements.Pairs.Add(((long)Math.Min(a, b) * elements.Ids.Length) + Math.Max(a, b))) continue;
                var u = _random.NextDouble();
                var (relationship, strength) = u switch
                {
                    < 0.05 => (Relationship.Equal, 10),
                    < 0.15 => (Relationship.SubsetOf, 6 + _random.Next(4)),
                    < 0.25 => (Relationship.SupersetOf, 6 + _random.Next(4)),
                    < 0.95 => (Relationship.IntersectsWith, 2 + _random.Next(7)),
                    _ => (Relationship.NotRelated, 0),
                };
                var rationale = (Rationale)_random.Next(3);
                mappings.Add(new Mapping(elements.Ids[a], relationship, elements.Ids[b], strength, rationale, null, status, "cyberskills generate"));
                added++;
            }
        }

        // ---- training ------------------------------------------------------------------------------

        private void MakeProviders()
        {
            var count = scale.Providers;
            _providers = new Provider[count];
            _providerRegion = new int[count];
            var supply = new WeightedChoice(Enumerable.Range(0, _regions.Length).ToArray(), _regionSupply);
            for (var i = 0; i < count; i++)
            {
                var number = Number(i + 1, 3, count);
                var region = supply.Pick(_random);
                _providerRegion[i] = region;
                _providers[i] = new Provider($"prov-{number}", $"Synthetic {Pick(ProviderKinds)} {number}", _regions[region].Code);
            }
        }

        private TrainingProgramme[] MakeProgrammes()
        {
            var count = scale.Programmes;
            var programmes = new TrainingProgramme[count];
            // A few large providers offer most programmes.
            var providers = new WeightedChoice(Enumerable.Range(0, _providers.Length).ToArray(), ZipfWeights(_providers.Length, rank => 1 / (Math.Sqrt(rank) * Math.Sqrt(Math.Sqrt(rank)))));
            var regions = new WeightedChoice(Enumerable.Range(0, _regions.Length).ToArray(), _regionSupply);
            for (var i = 0; i < count; i++)
            {
                var provider = providers.Pick(_random);
                var home = _random.Next(_frameworks.Length);
                var taught = Distinct(
                    MinDevelops + _random.Next(MaxDevelops - MinDevelops + 1),
                    () => (_random.Next(5) == 0 ? _taught : _taughtInFramework[home]).Pick(_random));
                var develops = new CompetenceLevel[taught.Length];
                for (var d = 0; d < taught.Length; d++)
                {
                    // Programmes mostly teach the lower levels of a competence.
                    var competence = _competences[taught[d]];
                    var u = _random.NextDouble();
                    develops[d] = _levels[taught[d]][competence.MinLevel + (int)((competence.MaxLevel - competence.MinLevel + 1) * u * u * u)];
                }

                var regionCount = Math.Min(_regions.Length, _random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 });
                var offeredIn = Distinct(regionCount, () => _random.Next(10) < 7 ? _providerRegion[provider] : regions.Pick(_random));
                Array.Sort(offeredIn);

                var seats = _random.NextDouble();
                var hours = _random.NextDouble();
                // Some self-paced offers give no hours; learning paths skip them.
                var hoursValue = _random.Next(25) == 0 ? 0 : MinHours + (int)((MaxHours - MinHours + 1) * hours * hours);
                var delivery = Vocabulary.DeliveryModes[_random.Next(Vocabulary.DeliveryModes.Count)];
                string[] preparesFor = _roles.Length > 0 && _random.Next(10) == 0 ? [_roles[_demandedRoles.Pick(_random)].Id] : [];
                programmes[i] = new TrainingProgramme(
                    "P" + Number(i + 1, 6, count),
                    $"{_competences[taught[0]].Title} {Pick(ProgrammeFormats)}",
                    _providers[provider].Id,
                    [.. offeredIn.Select(r => _regions[r].Code)],
                    MinSeats + (int)((MaxSeats - MinSeats + 1) * seats * seats),
                    hoursValue,
                    delivery,
                    _regionLanguages[offeredIn[0]],
                    develops,
                    preparesFor,
                    []);
            }
            return programmes;
        }

        // ---- demand --------------------------------------------------------------------------------

        private DemandEntry[] MakeDemand()
        {
            var count = scale.DemandEntries;
            var entries = new List<DemandEntry>(count);
            var regions = new WeightedChoice(Enumerable.Range(0, _regions.Length).ToArray(), _regionDemand);
            var years = DemandYears.Count;
            var taken = new HashSet<long>();
            long attempts = 0;
            while (entries.Count < count)
            {
                int region, role, year;
                if (++attempts <= 100L * count)
                {
                    region = regions.Pick(_random);
                    role = _demandedRoles.Pick(_random);
                    year = _random.Next(years);
                }
                else
                {
                    // Only a pathological scale gets here: take the first free keys in order.
                    var free = FirstFreeDemandKey(taken, years);
                    (region, role, year) = ((int)(free / years / _roles.Length), (int)(free / years % _roles.Length), (int)(free % years));
                }
                if (!taken.Add(((((long)region * _roles.Length) + role) * years) + year)) continue;
                var u = _random.NextDouble();
                var openings = (int)((MaxOpenings + 1) * u * u * u);
                int? employed = _random.Next(10) < 7 ? (openings * (2 + _random.Next(14))) + _random.Next(51) : null;
                entries.Add(new DemandEntry(_regions[region].Code, _roles[role].Id, DemandYears[year], openings, employed, "synthetic"));
            }
            entries.Sort(static (a, b) =>
            {
                var byRegion = string.CompareOrdinal(a.Region, b.Region);
                if (byRegion != 0) return byRegion;
                var byRole = string.CompareOrdinal(a.Role, b.Role);
                return byRole != 0 ? byRole : a.Year.CompareTo(b.Year);
            });
            return [.. entries];
        }

        private long FirstFreeDemandKey(HashSet<long> taken, int years)
        {
            var all = (long)_regions.Length * _roles.Length * years;
            for (long key = 0; key < all; key++)
            {
                if (!taken.Contains(key)) return key;
            }
            throw new InvalidOperationException("No free (region, role, year) is left for a demand entry.");
        }

        // ---- helpers -------------------------------------------------------------------------------

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        /// <summary>Weights f(rank) for a random ranking of <paramref name="count"/> items.</summary>
        private double[] ZipfWeights(int count, Func<int, double> weightOfRank)
        {
            var ranks = Enumerable.Range(1, count).ToArray();
            _random.Shuffle(ranks);
            return [.. ranks.Select(weightOfRank)];
        }

        /// <summary>Up to <paramref name="count"/> distinct draws, in draw order; gives up after many repeated draws.</summary>
        private static int[] Distinct(int count, Func<int> draw)
        {
            var picked = new List<int>(count);
            for (var attempt = 0; picked.Count < count && attempt < 50 * count; attempt++)
            {
                var item = draw();
                if (!picked.Contains(item)) picked.Add(item);
            }
            return [.. picked];
        }
    }

    /// <summary>Elements of one kind that mappings may join, grouped by topic, with the unordered pairs mapped so far.</summary>
    private sealed class MappableElements
    {
        public MappableElements(string[] ids, int[] framework, int[] topic, int topics)
        {
            Ids = ids;
            Framework = framework;
            Topic = topic;
            ByTopic = [.. Enumerable.Range(0, topics).Select(t => Enumerable.Range(0, ids.Length).Where(i => topic[i] == t).ToArray())];
        }

        public string[] Ids { get; }
        public int[] Framework { get; }
        public int[] Topic { get; }
        public int[][] ByTopic { get; }
        public HashSet<long> Pairs { get; } = [];
    }

    /// <summary>Draws an item with probability proportional to its weight; items of weight 0 are never drawn.</summary>
    private sealed class WeightedChoice
    {
        public static WeightedChoice Empty { get; } = new([], []);

        private readonly int[] _items;
        private readonly double[] _cumulative;

        public WeightedChoice(int[] items, double[] weights)
        {
            _items = items;
            _cumulative = new double[weights.Length];
            var total = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                total += weights[i];
                _cumulative[i] = total;
            }
        }

        public int Pick(Random random)
        {
            var total = _cumulative.Length == 0 ? 0 : _cumulative[^1];
            if (total <= 0) throw new InvalidOperationException("Nothing to choose from.");
            var x = random.NextDouble() * total;
            // The first item whose cumulative weight exceeds x.
            int lo = 0, hi = _cumulative.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_cumulative[mid] > x) hi = mid;
                else lo = mid + 1;
            }
            return _items[lo];
        }
    }
}
