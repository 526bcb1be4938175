using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// Checks the rules of docs/data.md that span records: unique ids, references that resolve
/// (within the documents or in the graph they are imported into), levels within the competence's
/// range, and the mapping rules. The documents are checked as the upsert they would be: a record
/// with an id that already exists replaces it.
/// </summary>
public static class DatasetValidator
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    /// <summary>Longest id or code: room for any real identifier, not for a megabyte of junk.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Longest name or title.</summary>
    public const int MaxNameLength = 500;

    /// <summary>Longest summary, note or source.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Longest language tag (BCP 47 allows 35 characters for the tags people use).</summary>
    public const int MaxLanguageLength = 35;

    /// <summary>Most items in one list of a record (regions, requirements, competences developed, alternative titles …).</summary>
    public const int MaxListLength = 200;

    /// <summary>Largest yearly capacity of one programme: more than any real course, small enough that sums stay exact.</summary>
    public const int MaxSeatsPerYear = 1_000_000;

    /// <summary>Largest length of one programme in hours.</summary>
    public const int MaxHours = 10_000;

    /// <summary>Largest number of openings one demand entry may state.</summary>
    public const int MaxOpenings = 10_000_000;

    /// <summary>Largest workforce one demand entry may state.</summary>
    public const int MaxEmployed = 100_000_000;

    public static IReadOnlyList<DatasetProblem> Validate(IReadOnlyList<NamedDataset> documents, GraphContent existing) =>
        Validate(documents, new ContentRecords(existing));

    /// <summary>Validates against a graph asked record by record (a snapshot): the cost follows the documents, not the graph.</summary>
    public static IReadOnlyList<DatasetProblem> Validate(IReadOnlyList<NamedDataset> documents, IExistingRecords existing)
    {
        var graph = MergedIndex.Build(documents.Select(d => d.Dataset), existing);
        var problems = new List<DatasetProblem>();
        foreach (var document in documents)
        {
            var documentProblems = new List<DatasetProblem>();
            new DocumentCheck(document.Dataset, graph, documentProblems).Run();
            problems.AddRange(documentProblems.Select(p => p with { Document = document.Name }));
        }
        return problems;
    }

    /// <summary>
    /// The problems found while reading the documents plus those of <see cref="Validate(IReadOnlyList{NamedDataset}, GraphContent)"/>,
    /// without a cross-record complaint about a field already reported as unreadable.
    /// </summary>
    public static IReadOnlyList<DatasetProblem> Validate(IReadOnlyList<NamedDataset> documents, GraphContent existing, IReadOnlyList<DatasetProblem> readProblems) =>
        Validate(documents, new ContentRecords(existing), readProblems);

    /// <inheritdoc cref="Validate(IReadOnlyList{NamedDataset}, GraphContent, IReadOnlyList{DatasetProblem})"/>
    public static IReadOnlyList<DatasetProblem> Validate(IReadOnlyList<NamedDataset> documents, IExistingRecords existing, IReadOnlyList<DatasetProblem> readProblems)
    {
        var validation = Validate(documents, existing);
        if (readProblems.Count == 0) return validation;
        var reported = readProblems.Select(p => (p.Document, p.Path)).ToHashSet();
        return [.. readProblems, .. validation.Where(p => !reported.Contains((p.Document, p.Path)))];
    }

    public static IReadOnlyList<DatasetProblem> Validate(Dataset document, GraphContent existing) =>
        Validate([new NamedDataset(null, document)], existing);

    /// <summary>The graph as it would be after the upsert: later records replace earlier ones by id.</summary>
    private sealed class MergedIndex(IExistingRecords existing)
    {
        public RecordLayer<Region> Regions { get; } = new(existing.FindRegion);
        public RecordLayer<Framework> Frameworks { get; } = new(existing.FindFramework);
        public RecordLayer<Competence> Competences { get; } = new(existing.FindCompetence);
        public RecordLayer<Role> Roles { get; } = new(existing.FindRole);
        public RecordLayer<Standard> Standards { get; } = new(existing.FindStandard);
        public RecordLayer<Provider> Providers { get; } = new(existing.FindProvider);
        public RecordLayer<TrainingProgramme> Programmes { get; } = new(existing.FindProgramme);

        /// <summary>Ordered (source, target) keys of every mapping, to refuse a second mapping of a pair read the other way.</summary>
        public RecordLayer<string> MappingKeys { get; } = new(key => existing.HasMapping(key) ? key : null);

        /// <summary>Ids of the existing graph by kind, to refuse an id reused for another kind of entity.</summary>
        public ExistingKindLookup ExistingKinds { get; } = new(existing);

        public static MergedIndex Build(IEnumerable<Dataset> incoming, IExistingRecords existing)
        {
            var index = new MergedIndex(existing);
            foreach (var dataset in incoming) index.Add(dataset);
            return index;
        }

        private void Add(Dataset dataset)
        {
            foreach (var r in dataset.Regions) Regions.Set(r.Code, r);
            foreach (var f in dataset.Frameworks) Frameworks.Set(f.Id, f);
            foreach (var p in dataset.Providers) Providers.Set(p.Id, p);
            foreach (var c in dataset.Competences) Competences.Set(c.Id, c);
            foreach (var r in dataset.Roles) Roles.Set(r.Id, r);
            foreach (var s in dataset.Standards) Standards.Set(s.Id, s);
            foreach (var p in dataset.TrainingProgrammes) Programmes.Set(p.Id, p);
            foreach (var m in dataset.Mappings) MappingKeys.Set(m.Key, m.Key);
        }

        public ElementKind? KindOf(string id) =>
            Competences.ContainsKey(id) ? ElementKind.Competence
            : Roles.ContainsKey(id) ? ElementKind.Role
            : Standards.ContainsKey(id) ? ElementKind.Standard
            : null;
    }

    /// <summary>The kind of element an id names in the existing graph; a programme id wins over the element kinds, as the last one listed did before.</summary>
    private sealed class ExistingKindLookup(IExistingRecords existing)
    {
        public bool TryGetValue(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRecordKind? kind)
        {
            kind = existing.FindProgramme(id) is not null ? RecordKinds.TrainingProgrammes
                : existing.FindStandard(id) is not null ? RecordKinds.Standards
                : existing.FindRole(id) is not null ? RecordKinds.Roles
                : existing.FindCompetence(id) is not null ? RecordKinds.Competences
                : existing.FindProvider(id) is not null ? RecordKinds.Providers
                : existing.FindFramework(id) is not null ? RecordKinds.Frameworks
                : existing.FindRegion(id) is not null ? RecordKinds.Regions
                : null;
            return kind is not null;
        }
    }

    private sealed class DocumentCheck(Dataset dataset, MergedIndex graph, List<DatasetProblem> problems)
    {
        /// <summary>Element ids of this document by kind, to catch one id given to two kinds in one file.</summary>
        private readonly Dictionary<string, (IRecordKind Kind, string Path)> _elementIds = new(StringComparer.Ordinal);

        public void Run()
        {
            CheckTexts();
            CheckRegions();
            CheckFrameworks();
            CheckCompetences();
            CheckRoles();
            CheckStandards();
            CheckMappings();
            CheckProviders();
            CheckProgrammes();
            CheckDemand();
        }

        private void Problem(string path, string message) => problems.Add(new DatasetProblem(path, message));

        /// <summary>Refuses a second record of <paramref name="kind"/> with the same key, naming the key as <paramref name="keyName"/>.</summary>
        private void Unique<T>(RecordKind<T> kind, Func<T, string> key, string keyName) =>
            Unique(kind.Of(dataset), kind.JsonName, key, keyName.Length == 0 ? kind.DisplayName : $"{kind.DisplayName} {keyName}");

        private void Unique<T>(IReadOnlyList<T> items, string array, Func<T, string> key, string what)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var k = key(items[i]);
                if (k.Length == 0) continue;
                if (seen.TryGetValue(k, out var first))
                    Problem($"$.{array}[{i}]", $"duplicate {what} '{k}' (first at $.{array}[{first}])");
                else
                    seen[k] = i;
            }
        }

        /// <summary>
        /// Ids of every entity kind (regions, frameworks, providers, competences, roles, standards, programmes) share one
        /// namespace, so that a mapping end names one element and the API's node(id) one entity.
        /// </summary>
        private void ElementId(string id, IRecordKind kind, string path)
        {
            if (id.Length == 0) return;
            if (_elementIds.TryGetValue(id, out var other) && other.Kind != kind)
                Problem(path, $"'{id}' is already the id of a {other.Kind.DisplayName} at {other.Path}");
            else if (graph.ExistingKinds.TryGetValue(id, out var existingKind) && existingKind != kind)
                Problem(path, $"'{id}' is already the id of a {existingKind.DisplayName} in the graph");
            _elementIds.TryAdd(id, (kind, path));
        }

        private void Reference(string? id, string path, string what, Func<string, bool> exists)
        {
            if (string.IsNullOrEmpty(id)) return;
            if (id.Length > MaxIdLength) Problem(path, $"is {id.Length} characters long; ids and codes have at most {MaxIdLength}");
            else if (!exists(id)) Problem(path, $"unknown {what} {Quote(id)}");
        }

        private void RegionReference(string? code, string path) => Reference(code, path, RecordKinds.Regions.DisplayName, graph.Regions.ContainsKey);

        /// <summary>A count within 0..<paramref name="max"/>: the bounds keep every sum the analyses make exact.</summary>
        private void Count(int value, int max, string path)
        {
            if (value < 0) Problem(path, $"{value} is negative; counts must be 0 or more");
            else if (value > max) Problem(path, $"{value} is more than the largest allowed, {max}");
        }

        /// <summary>Refuses a value listed twice in one list.</summary>
        private void Distinct(IReadOnlyList<string> items, string path)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
                if (!seen.TryAdd(items[i], i)) Problem($"{path}[{i}]", $"{Quote(items[i])} is listed twice (first at {path}[{seen[items[i]]}])");
        }

        /// <summary>A value as messages show it: quoted, cut short, control characters escaped, so an error never echoes megabytes.</summary>
        private static string Quote(string value)
        {
            const int Shown = 60;
            var shown = value.Length > Shown ? value[..Shown] + "…" : value;
            return "'" + string.Concat(shown.Select(ch => char.IsControl(ch) ? $"\\u{(int)ch:x4}" : ch.ToString())) + "'";
        }

        private void Level(CompetenceLevel item, string path)
        {
            if (item.Competence.Length == 0) return;
            if (!graph.Competences.TryGetValue(item.Competence, out var competence))
            {
                Problem($"{path}.competence", $"unknown competence '{item.Competence}'");
                if (item.Level is < MinLevel or > MaxLevel)
                    Problem($"{path}.level", $"{item.Level} is outside the level scale {MinLevel}..{MaxLevel}");
                return;
            }
            if (item.Level > competence.MaxLevel)
                Problem($"{path}.level", $"{item.Level} is above {competence.Id}'s maxLevel {competence.MaxLevel}");
            else if (item.Level < competence.MinLevel)
                Problem($"{path}.level", $"{item.Level} is below {competence.Id}'s minLevel {competence.MinLevel}");
        }

        private void Levels(IReadOnlyList<CompetenceLevel> items, string path)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                Level(items[i], $"{path}[{i}]");
                if (items[i].Competence.Length > 0 && !seen.TryAdd(items[i].Competence, i))
                    Problem($"{path}[{i}].competence", $"'{items[i].Competence}' is listed twice (first at {path}[{seen[items[i].Competence]}])");
            }
        }

        /// <summary>Every text field: ids and codes short and without control characters, names present and short, prose bounded.</summary>
        private void CheckTexts()
        {
            Prose(dataset.Info.Title, "$.dataset.title");
            Prose(dataset.Info.Source, "$.dataset.source");
            Prose(dataset.Info.Licence, "$.dataset.licence");
            Prose(dataset.Info.Note, "$.dataset.note");
            Each(RecordKinds.Regions, (r, path) =>
            {
                Id(r.Code, $"{path}.code");
                Name(r.Name, $"{path}.name");
                Prose(r.Note, $"{path}.note");
            });
            Each(RecordKinds.Frameworks, (f, path) =>
            {
                Id(f.Id, $"{path}.id");
                Name(f.Name, $"{path}.name");
                Code(f.Version, $"{path}.version");
                Code(f.Publisher, $"{path}.publisher");
                List(f.Categories, $"{path}.categories");
                for (var c = 0; c < f.Categories.Count; c++)
                {
                    Id(f.Categories[c].Code, $"{path}.categories[{c}].code");
                    Name(f.Categories[c].Name, $"{path}.categories[{c}].name");
                }
                Prose(f.Source, $"{path}.source");
                Prose(f.Note, $"{path}.note");
            });
            Each(RecordKinds.Competences, (c, path) =>
            {
                Id(c.Id, $"{path}.id");
                Id(c.Code, $"{path}.code");
                Name(c.Title, $"{path}.title");
                Code(c.Area, $"{path}.area");
                Prose(c.Note, $"{path}.note");
            });
            Each(RecordKinds.Roles, (r, path) =>
            {
                Id(r.Id, $"{path}.id");
                Name(r.Title, $"{path}.title");
                List(r.AltTitles, $"{path}.altTitles");
                for (var t = 0; t < r.AltTitles.Count; t++) Name(r.AltTitles[t], $"{path}.altTitles[{t}]");
                List(r.Requires, $"{path}.requires");
                Prose(r.Summary, $"{path}.summary");
                Prose(r.Note, $"{path}.note");
            });
            Each(RecordKinds.Standards, (st, path) =>
            {
                Id(st.Id, $"{path}.id");
                Name(st.Title, $"{path}.title");
                Code(st.Body, $"{path}.body");
                Prose(st.Url, $"{path}.url");
                Prose(st.Note, $"{path}.note");
            });
            Each(RecordKinds.Mappings, (m, path) =>
            {
                Code(m.Author, $"{path}.author");
                Prose(m.Note, $"{path}.note");
                Code(m.Proposal?.Author, $"{path}.proposal.author");
                Prose(m.Proposal?.Note, $"{path}.proposal.note");
            });
            Each(RecordKinds.Providers, (p, path) =>
            {
                Id(p.Id, $"{path}.id");
                Name(p.Name, $"{path}.name");
                Prose(p.Note, $"{path}.note");
            });
            Each(RecordKinds.TrainingProgrammes, (p, path) =>
            {
                Id(p.Id, $"{path}.id");
                Name(p.Title, $"{path}.title");
                List(p.Regions, $"{path}.regions");
                List(p.Develops, $"{path}.develops");
                List(p.PreparesFor, $"{path}.preparesFor");
                List(p.AlignedWith, $"{path}.alignedWith");
                if (p.Delivery is { } delivery && !Vocabulary.DeliveryModes.Contains(delivery))
                    Problem($"{path}.delivery", $"{Quote(delivery)} is not one of {string.Join(", ", Vocabulary.DeliveryModes)}");
                if (p.Language is { } language && !IsLanguageTag(language))
                    Problem($"{path}.language", $"{Quote(language)} is not a language tag such as 'ja', 'en' or 'pt-BR'");
                Prose(p.Note, $"{path}.note");
            });
            Each(RecordKinds.Demand, (d, path) =>
            {
                Prose(d.Source, $"{path}.source");
                Prose(d.Note, $"{path}.note");
            });
        }

        private void Each<T>(RecordKind<T> kind, Action<T, string> check)
        {
            var items = kind.Of(dataset);
            for (var i = 0; i < items.Count; i++) check(items[i], Path(kind, i));
        }

        /// <summary>The JSON path of a document's <paramref name="index"/>th record of <paramref name="kind"/>.</summary>
        private static string Path(IRecordKind kind, int index) => $"$.{kind.JsonName}[{index}]";

        private void List<T>(IReadOnlyList<T> items, string path)
        {
            if (items.Count > MaxListLength) Problem(path, $"has {items.Count} items; at most {MaxListLength} are allowed");
        }

        /// <summary>An id or code: at most <see cref="MaxIdLength"/> characters, no control characters, no surrounding spaces.</summary>
        private void Id(string? value, string path)
        {
            if (value is null || value.Length == 0) return;
            if (value.Length > MaxIdLength)
                Problem(path, $"is {value.Length} characters long; ids and codes have at most {MaxIdLength}");
            else if (value.Any(char.IsControl) || value.Trim().Length != value.Length)
                Problem(path, $"{Quote(value)} has a control character or surrounding spaces");
            else if (value.Contains(Mapping.KeySeparator, StringComparison.Ordinal) || value.Contains(DemandEntry.KeySeparator, StringComparison.Ordinal))
                Problem(path, $"{Quote(value)} contains '{Mapping.KeySeparator}' or '{DemandEntry.KeySeparator}', which join the parts of mapping and demand ids");
        }

        /// <summary>A short label (version, publisher, author): bounded like a name, but may be absent.</summary>
        private void Code(string? value, string path)
        {
            if (value is null) return;
            if (value.Length > MaxNameLength) Problem(path, $"is {value.Length} characters long; at most {MaxNameLength} are allowed");
            else if (value.Any(char.IsControl)) Problem(path, "has a control character");
        }

        /// <summary>A name or title: present, at most <see cref="MaxNameLength"/> characters, on one line.</summary>
        private void Name(string? value, string path)
        {
            if (string.IsNullOrWhiteSpace(value)) Problem(path, "must not be empty");
            else Code(value, path);
        }

        /// <summary>Prose (summary, note, source): at most <see cref="MaxTextLength"/> characters; line breaks and tabs are its only control characters.</summary>
        private void Prose(string? value, string path)
        {
            if (value is null) return;
            if (value.Length > MaxTextLength) Problem(path, $"is {value.Length} characters long; at most {MaxTextLength} are allowed");
            else if (value.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t'))) Problem(path, "has a control character other than a line break or tab");
        }

        private static bool IsLanguageTag(string value) =>
            value.Length <= MaxLanguageLength && value.Split('-') is var parts &&
            parts[0].Length is >= 2 and <= 3 && parts[0].All(char.IsAsciiLetter) &&
            parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));

        private void CheckRegions()
        {
            Unique(RecordKinds.Regions, r => r.Code, "code");
            for (var i = 0; i < dataset.Regions.Count; i++)
            {
                var region = dataset.Regions[i];
                var path = Path(RecordKinds.Regions, i);
                ElementId(region.Code, RecordKinds.Regions, $"{path}.code");
                if (region.Parent is null) continue;
                if (region.Parent == region.Code)
                    Problem($"{path}.parent", $"region '{region.Code}' cannot be its own parent");
                else if (!graph.Regions.ContainsKey(region.Parent))
                    Problem($"{path}.parent", $"unknown region '{region.Parent}'");
                else if (HasCycle(region.Code))
                    Problem($"{path}.parent", $"'{region.Parent}' would make a cycle in the region tree");
            }
        }

        private bool HasCycle(string start)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            var current = graph.Regions[start].Parent;
            while (current is not null && graph.Regions.TryGetValue(current, out var region))
            {
                if (!seen.Add(current)) return true;
                current = region.Parent;
            }
            return false;
        }

        private void CheckFrameworks()
        {
            Unique(RecordKinds.Frameworks, f => f.Id, "id");
            for (var i = 0; i < dataset.Frameworks.Count; i++)
            {
                var framework = dataset.Frameworks[i];
                ElementId(framework.Id, RecordKinds.Frameworks, $"{Path(RecordKinds.Frameworks, i)}.id");
                RegionReference(framework.Region, $"{Path(RecordKinds.Frameworks, i)}.region");
                Unique(framework.Categories, $"frameworks[{i}].categories", c => c.Code, "category code");
            }
        }

        private void CheckCompetences()
        {
            Unique(RecordKinds.Competences, c => c.Id, "id");
            for (var i = 0; i < dataset.Competences.Count; i++)
            {
                var competence = dataset.Competences[i];
                var path = Path(RecordKinds.Competences, i);
                ElementId(competence.Id, RecordKinds.Competences, $"{path}.id");
                Reference(competence.Framework, $"{path}.framework", RecordKinds.Frameworks.DisplayName, graph.Frameworks.ContainsKey);
                if (competence.MinLevel is < MinLevel or > MaxLevel)
                    Problem($"{path}.minLevel", $"{competence.MinLevel} is outside the level scale {MinLevel}..{MaxLevel}");
                if (competence.MaxLevel is < MinLevel or > MaxLevel)
                    Problem($"{path}.maxLevel", $"{competence.MaxLevel} is outside the level scale {MinLevel}..{MaxLevel}");
                else if (competence.MaxLevel < competence.MinLevel)
                    Problem($"{path}.maxLevel", $"{competence.MaxLevel} is below minLevel {competence.MinLevel}");
            }
        }

        private void CheckRoles()
        {
            Unique(RecordKinds.Roles, r => r.Id, "id");
            for (var i = 0; i < dataset.Roles.Count; i++)
            {
                var role = dataset.Roles[i];
                var path = Path(RecordKinds.Roles, i);
                ElementId(role.Id, RecordKinds.Roles, $"{path}.id");
                if (!graph.Frameworks.TryGetValue(role.Framework, out var framework))
                    Reference(role.Framework, $"{path}.framework", RecordKinds.Frameworks.DisplayName, _ => false);
                else if (role.Category is not null && framework.Categories.All(c => c.Code != role.Category))
                    Problem($"{path}.category", $"'{role.Category}' is not a category of framework '{framework.Id}'");
                Levels(role.Requires, $"{path}.requires");
            }
        }

        private void CheckStandards()
        {
            Unique(RecordKinds.Standards, s => s.Id, "id");
            for (var i = 0; i < dataset.Standards.Count; i++)
            {
                var standard = dataset.Standards[i];
                ElementId(standard.Id, RecordKinds.Standards, $"{Path(RecordKinds.Standards, i)}.id");
                RegionReference(standard.Region, $"{Path(RecordKinds.Standards, i)}.region");
                if (standard.Published is { } published && !DateOnly.TryParseExact(published, "yyyy-MM-dd", out _))
                    Problem($"{Path(RecordKinds.Standards, i)}.published", $"'{published}' is not a date of the form YYYY-MM-DD");
            }
        }

        private void CheckMappings()
        {
            Unique(RecordKinds.Mappings, m => m.Source.Length == 0 || m.Target.Length == 0 ? "" : m.Key, "");
            for (var i = 0; i < dataset.Mappings.Count; i++)
            {
                var mapping = dataset.Mappings[i];
                var path = Path(RecordKinds.Mappings, i);
                var sourceKind = MappingEnd(mapping.Source, $"{path}.source");
                var targetKind = MappingEnd(mapping.Target, $"{path}.target");
                if (sourceKind is not null && targetKind is not null && sourceKind != targetKind)
                    Problem(path, $"a mapping joins elements of one kind, but '{mapping.Source}' is a {Name(sourceKind.Value)} and '{mapping.Target}' is a {Name(targetKind.Value)}");
                if (mapping.Source.Length > 0 && mapping.Source == mapping.Target)
                    Problem($"{path}.target", "a mapping cannot join an element to itself");
                else if (mapping.Source.Length > 0 && graph.MappingKeys.Contains(Mapping.MappingKey(mapping.Target, mapping.Source)))
                    // Analysis reads mappings both ways, so two records for one pair could contradict each other.
                    Problem(path, $"'{mapping.Target}' and '{mapping.Source}' are already mapped the other way round; change that mapping instead");
                MappingTerms(mapping.Relationship, mapping.Strength, mapping.Correspondence, sourceKind, path);
                if (mapping.Proposal is { } proposal)
                {
                    if (mapping.Status != MappingStatus.Approved)
                        Problem($"{path}.proposal", "only an approved mapping has a pending proposal; change a proposed mapping directly");
                    MappingTerms(proposal.Relationship, proposal.Strength, proposal.Correspondence, sourceKind, $"{path}.proposal");
                }
            }
        }

        /// <summary>The rules on a mapping's relationship, strength and correspondence, for the mapping or its pending proposal.</summary>
        private void MappingTerms(Relationship relationship, int strength, Correspondence? correspondence, ElementKind? sourceKind, string path)
        {
            if (strength is < 0 or > 10)
                Problem($"{path}.strength", $"{strength} is outside 0..10");
            else if (relationship == Relationship.Equal && strength != 10)
                Problem($"{path}.strength", $"{strength} must be 10 for an 'equal' relationship");
            else if (relationship == Relationship.NotRelated && strength != 0)
                Problem($"{path}.strength", $"{strength} must be 0 for a 'not_related' relationship");
            if (correspondence is null) return;
            if (sourceKind is not null && sourceKind != ElementKind.Standard)
                Problem($"{path}.correspondence", "is only for mappings between standards");
            if (correspondence == Correspondence.Identical && relationship != Relationship.Equal)
                Problem($"{path}.correspondence", "IDT (identical adoption) requires relationship 'equal'");
        }

        private ElementKind? MappingEnd(string id, string path)
        {
            if (id.Length == 0) return null;
            var kind = graph.KindOf(id);
            if (kind is null)
                Problem(path, graph.Programmes.Contains(id) || graph.Frameworks.ContainsKey(id) || graph.Regions.ContainsKey(id)
                    ? $"'{id}' cannot be mapped: mappings join competences, roles or standards"
                    : $"unknown competence, role or standard '{id}'");
            return kind;
        }

        private static string Name(ElementKind kind) => kind switch
        {
            ElementKind.Competence => RecordKinds.Competences.DisplayName,
            ElementKind.Role => RecordKinds.Roles.DisplayName,
            _ => RecordKinds.Standards.DisplayName,
        };

        private void CheckProviders()
        {
            Unique(RecordKinds.Providers, p => p.Id, "id");
            for (var i = 0; i < dataset.Providers.Count; i++)
            {
                ElementId(dataset.Providers[i].Id, RecordKinds.Providers, $"{Path(RecordKinds.Providers, i)}.id");
                RegionReference(dataset.Providers[i].Region, $"{Path(RecordKinds.Providers, i)}.region");
            }
        }

        private void CheckProgrammes()
        {
            Unique(RecordKinds.TrainingProgrammes, p => p.Id, "id");
            for (var i = 0; i < dataset.TrainingProgrammes.Count; i++)
            {
                var programme = dataset.TrainingProgrammes[i];
                var path = Path(RecordKinds.TrainingProgrammes, i);
                ElementId(programme.Id, RecordKinds.TrainingProgrammes, $"{path}.id");
                Reference(programme.Provider, $"{path}.provider", RecordKinds.Providers.DisplayName, graph.Providers.ContainsKey);
                if (programme.Regions.Count == 0)
                    Problem($"{path}.regions", "must name at least one region where the programme is offered");
                for (var r = 0; r < programme.Regions.Count; r++)
                    RegionReference(programme.Regions[r], $"{path}.regions[{r}]");
                Count(programme.SeatsPerYear, MaxSeatsPerYear, $"{path}.seatsPerYear");
                Count(programme.Hours, MaxHours, $"{path}.hours");
                Distinct(programme.Regions, $"{path}.regions");
                Distinct(programme.PreparesFor, $"{path}.preparesFor");
                Distinct(programme.AlignedWith, $"{path}.alignedWith");
                Levels(programme.Develops, $"{path}.develops");
                for (var r = 0; r < programme.PreparesFor.Count; r++)
                    Reference(programme.PreparesFor[r], $"{path}.preparesFor[{r}]", RecordKinds.Roles.DisplayName, graph.Roles.ContainsKey);
                for (var s = 0; s < programme.AlignedWith.Count; s++)
                    Reference(programme.AlignedWith[s], $"{path}.alignedWith[{s}]", RecordKinds.Standards.DisplayName, graph.Standards.ContainsKey);
            }
        }

        private void CheckDemand()
        {
            Unique(RecordKinds.Demand, d => d.Key, "for region, role and year");
            for (var i = 0; i < dataset.Demand.Count; i++)
            {
                var entry = dataset.Demand[i];
                var path = Path(RecordKinds.Demand, i);
                RegionReference(entry.Region, $"{path}.region");
                Reference(entry.Role, $"{path}.role", RecordKinds.Roles.DisplayName, graph.Roles.ContainsKey);
                if (entry.Year is < MinYear or > MaxYear)
                    Problem($"{path}.year", $"{entry.Year} is outside {MinYear}..{MaxYear}");
                Count(entry.Openings, MaxOpenings, $"{path}.openings");
                if (entry.Employed is { } employed) Count(employed, MaxEmployed, $"{path}.employed");
            }
        }
    }
}
