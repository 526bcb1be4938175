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

    /// <summary>Longest text a name, title, summary or note may have: room for any real one, not for a megabyte of junk.</summary>
    public const int MaxTextLength = 4000;

    public static IReadOnlyList<DatasetProblem> Validate(IReadOnlyList<NamedDataset> documents, GraphContent existing)
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
    public static IReadOnlyList<DatasetProblem> Validate(IReadOnlyList<NamedDataset> documents, GraphContent existing, IReadOnlyList<DatasetProblem> readProblems)
    {
        var validation = Validate(documents, existing);
        if (readProblems.Count == 0) return validation;
        var reported = readProblems.Select(p => (p.Document, p.Path)).ToHashSet();
        return [.. readProblems, .. validation.Where(p => !reported.Contains((p.Document, p.Path)))];
    }

    public static IReadOnlyList<DatasetProblem> Validate(Dataset document, GraphContent existing) =>
        Validate([new NamedDataset(null, document)], existing);

    /// <summary>The graph as it would be after the upsert: later records replace earlier ones by id.</summary>
    private sealed class MergedIndex
    {
        public Dictionary<string, Region> Regions { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Framework> Frameworks { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Competence> Competences { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Role> Roles { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Standard> Standards { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Provider> Providers { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Programmes { get; } = new(StringComparer.Ordinal);

        /// <summary>Ordered (source, target) keys of every mapping, to refuse a second mapping of a pair read the other way.</summary>
        public HashSet<string> MappingKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>Ids of the existing graph by kind, to refuse an id reused for another kind of element.</summary>
        public Dictionary<string, string> ExistingKinds { get; } = new(StringComparer.Ordinal);

        public static MergedIndex Build(IEnumerable<Dataset> incoming, GraphContent existing)
        {
            var index = new MergedIndex();
            foreach (var dataset in existing.Datasets) index.Add(dataset, recordKinds: true);
            foreach (var dataset in incoming) index.Add(dataset, recordKinds: false);
            return index;
        }

        private void Add(Dataset dataset, bool recordKinds)
        {
            foreach (var r in dataset.Regions) Regions[r.Code] = r;
            foreach (var f in dataset.Frameworks) Frameworks[f.Id] = f;
            foreach (var p in dataset.Providers) Providers[p.Id] = p;
            foreach (var c in dataset.Competences) { Competences[c.Id] = c; if (recordKinds) ExistingKinds[c.Id] = "competence"; }
            foreach (var r in dataset.Roles) { Roles[r.Id] = r; if (recordKinds) ExistingKinds[r.Id] = "role"; }
            foreach (var s in dataset.Standards) { Standards[s.Id] = s; if (recordKinds) ExistingKinds[s.Id] = "standard"; }
            foreach (var p in dataset.TrainingProgrammes) { Programmes.Add(p.Id); if (recordKinds) ExistingKinds[p.Id] = "training programme"; }
            foreach (var m in dataset.Mappings) MappingKeys.Add(m.Key);
        }

        public ElementKind? KindOf(string id) =>
            Competences.ContainsKey(id) ? ElementKind.Competence
            : Roles.ContainsKey(id) ? ElementKind.Role
            : Standards.ContainsKey(id) ? ElementKind.Standard
            : null;
    }

    private sealed class DocumentCheck(Dataset dataset, MergedIndex graph, List<DatasetProblem> problems)
    {
        /// <summary>Element ids of this document by kind, to catch one id given to two kinds in one file.</summary>
        private readonly Dictionary<string, (string Kind, string Path)> _elementIds = new(StringComparer.Ordinal);

        public void Run()
        {
            CheckTextLengths();
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

        /// <summary>Competence, role, standard and programme ids share one namespace so that a mapping end names one element.</summary>
        private void ElementId(string id, string kind, string path)
        {
            if (id.Length == 0) return;
            if (_elementIds.TryGetValue(id, out var other) && other.Kind != kind)
                Problem(path, $"'{id}' is already the id of a {other.Kind} at {other.Path}");
            else if (graph.ExistingKinds.TryGetValue(id, out var existingKind) && existingKind != kind)
                Problem(path, $"'{id}' is already the id of a {existingKind} in the graph");
            _elementIds.TryAdd(id, (kind, path));
        }

        private void Reference(string? id, string path, string what, Func<string, bool> exists)
        {
            if (string.IsNullOrEmpty(id)) return;
            if (!exists(id)) Problem(path, $"unknown {what} '{id}'");
        }

        private void RegionReference(string? code, string path) => Reference(code, path, "region", graph.Regions.ContainsKey);

        private void NonNegative(int value, string path)
        {
            if (value < 0) Problem(path, $"{value} is negative; counts must be 0 or more");
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

        private void CheckTextLengths()
        {
            void Check(string? text, string path)
            {
                if (text is { Length: > MaxTextLength }) Problem(path, $"is {text.Length} characters long; at most {MaxTextLength} are allowed");
            }
            Check(dataset.Info.Title, "$.dataset.title");
            Check(dataset.Info.Note, "$.dataset.note");
            for (var i = 0; i < dataset.Regions.Count; i++) { Check(dataset.Regions[i].Name, $"$.regions[{i}].name"); Check(dataset.Regions[i].Note, $"$.regions[{i}].note"); }
            for (var i = 0; i < dataset.Frameworks.Count; i++) { Check(dataset.Frameworks[i].Name, $"$.frameworks[{i}].name"); Check(dataset.Frameworks[i].Note, $"$.frameworks[{i}].note"); }
            for (var i = 0; i < dataset.Competences.Count; i++) { Check(dataset.Competences[i].Title, $"$.competences[{i}].title"); Check(dataset.Competences[i].Note, $"$.competences[{i}].note"); }
            for (var i = 0; i < dataset.Roles.Count; i++)
            {
                Check(dataset.Roles[i].Title, $"$.roles[{i}].title");
                Check(dataset.Roles[i].Summary, $"$.roles[{i}].summary");
                Check(dataset.Roles[i].Note, $"$.roles[{i}].note");
            }
            for (var i = 0; i < dataset.Standards.Count; i++) { Check(dataset.Standards[i].Title, $"$.standards[{i}].title"); Check(dataset.Standards[i].Note, $"$.standards[{i}].note"); }
            for (var i = 0; i < dataset.Mappings.Count; i++) Check(dataset.Mappings[i].Note, $"$.mappings[{i}].note");
            for (var i = 0; i < dataset.Providers.Count; i++) { Check(dataset.Providers[i].Name, $"$.providers[{i}].name"); Check(dataset.Providers[i].Note, $"$.providers[{i}].note"); }
            for (var i = 0; i < dataset.TrainingProgrammes.Count; i++)
            {
                Check(dataset.TrainingProgrammes[i].Title, $"$.trainingProgrammes[{i}].title");
                Check(dataset.TrainingProgrammes[i].Note, $"$.trainingProgrammes[{i}].note");
            }
            for (var i = 0; i < dataset.Demand.Count; i++) { Check(dataset.Demand[i].Source, $"$.demand[{i}].source"); Check(dataset.Demand[i].Note, $"$.demand[{i}].note"); }
        }

        private void CheckRegions()
        {
            Unique(dataset.Regions, "regions", r => r.Code, "region code");
            for (var i = 0; i < dataset.Regions.Count; i++)
            {
                var region = dataset.Regions[i];
                var path = $"$.regions[{i}]";
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
            Unique(dataset.Frameworks, "frameworks", f => f.Id, "framework id");
            for (var i = 0; i < dataset.Frameworks.Count; i++)
            {
                var framework = dataset.Frameworks[i];
                RegionReference(framework.Region, $"$.frameworks[{i}].region");
                Unique(framework.Categories, $"frameworks[{i}].categories", c => c.Code, "category code");
            }
        }

        private void CheckCompetences()
        {
            Unique(dataset.Competences, "competences", c => c.Id, "competence id");
            for (var i = 0; i < dataset.Competences.Count; i++)
            {
                var competence = dataset.Competences[i];
                var path = $"$.competences[{i}]";
                ElementId(competence.Id, "competence", $"{path}.id");
                Reference(competence.Framework, $"{path}.framework", "framework", graph.Frameworks.ContainsKey);
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
            Unique(dataset.Roles, "roles", r => r.Id, "role id");
            for (var i = 0; i < dataset.Roles.Count; i++)
            {
                var role = dataset.Roles[i];
                var path = $"$.roles[{i}]";
                ElementId(role.Id, "role", $"{path}.id");
                if (!graph.Frameworks.TryGetValue(role.Framework, out var framework))
                    Reference(role.Framework, $"{path}.framework", "framework", _ => false);
                else if (role.Category is not null && framework.Categories.All(c => c.Code != role.Category))
                    Problem($"{path}.category", $"'{role.Category}' is not a category of framework '{framework.Id}'");
                Levels(role.Requires, $"{path}.requires");
            }
        }

        private void CheckStandards()
        {
            Unique(dataset.Standards, "standards", s => s.Id, "standard id");
            for (var i = 0; i < dataset.Standards.Count; i++)
            {
                var standard = dataset.Standards[i];
                ElementId(standard.Id, "standard", $"$.standards[{i}].id");
                RegionReference(standard.Region, $"$.standards[{i}].region");
                if (standard.Published is { } published && !DateOnly.TryParseExact(published, "yyyy-MM-dd", out _))
                    Problem($"$.standards[{i}].published", $"'{published}' is not a date of the form YYYY-MM-DD");
            }
        }

        private void CheckMappings()
        {
            Unique(dataset.Mappings, "mappings", m => m.Source.Length == 0 || m.Target.Length == 0 ? "" : m.Key, "mapping");
            for (var i = 0; i < dataset.Mappings.Count; i++)
            {
                var mapping = dataset.Mappings[i];
                var path = $"$.mappings[{i}]";
                var sourceKind = MappingEnd(mapping.Source, $"{path}.source");
                var targetKind = MappingEnd(mapping.Target, $"{path}.target");
                if (sourceKind is not null && targetKind is not null && sourceKind != targetKind)
                    Problem(path, $"a mapping joins elements of one kind, but '{mapping.Source}' is a {Name(sourceKind.Value)} and '{mapping.Target}' is a {Name(targetKind.Value)}");
                if (mapping.Source.Length > 0 && mapping.Source == mapping.Target)
                    Problem($"{path}.target", "a mapping cannot join an element to itself");
                else if (mapping.Source.Length > 0 && graph.MappingKeys.Contains(Mapping.MappingKey(mapping.Target, mapping.Source)))
                    // Analysis reads mappings both ways, so two records for one pair could contradict each other.
                    Problem(path, $"'{mapping.Target}' and '{mapping.Source}' are already mapped the other way round; change that mapping instead");
                if (mapping.Strength is < 0 or > 10)
                    Problem($"{path}.strength", $"{mapping.Strength} is outside 0..10");
                else if (mapping.Relationship == Relationship.Equal && mapping.Strength != 10)
                    Problem($"{path}.strength", $"{mapping.Strength} must be 10 for an 'equal' relationship");
                else if (mapping.Relationship == Relationship.NotRelated && mapping.Strength != 0)
                    Problem($"{path}.strength", $"{mapping.Strength} must be 0 for a 'not_related' relationship");
                if (mapping.Correspondence is { } correspondence)
                {
                    if (sourceKind is not null && sourceKind != ElementKind.Standard)
                        Problem($"{path}.correspondence", "is only for mappings between standards");
                    if (correspondence == Correspondence.Identical && mapping.Relationship != Relationship.Equal)
                        Problem($"{path}.correspondence", "IDT (identical adoption) requires relationship 'equal'");
                }
            }
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
            ElementKind.Competence => "competence",
            ElementKind.Role => "role",
            _ => "standard",
        };

        private void CheckProviders()
        {
            Unique(dataset.Providers, "providers", p => p.Id, "provider id");
            for (var i = 0; i < dataset.Providers.Count; i++)
                RegionReference(dataset.Providers[i].Region, $"$.providers[{i}].region");
        }

        private void CheckProgrammes()
        {
            Unique(dataset.TrainingProgrammes, "trainingProgrammes", p => p.Id, "training programme id");
            for (var i = 0; i < dataset.TrainingProgrammes.Count; i++)
            {
                var programme = dataset.TrainingProgrammes[i];
                var path = $"$.trainingProgrammes[{i}]";
                ElementId(programme.Id, "training programme", $"{path}.id");
                Reference(programme.Provider, $"{path}.provider", "provider", graph.Providers.ContainsKey);
                if (programme.Regions.Count == 0)
                    Problem($"{path}.regions", "must name at least one region where the programme is offered");
                for (var r = 0; r < programme.Regions.Count; r++)
                    RegionReference(programme.Regions[r], $"{path}.regions[{r}]");
                NonNegative(programme.SeatsPerYear, $"{path}.seatsPerYear");
                NonNegative(programme.Hours, $"{path}.hours");
                Levels(programme.Develops, $"{path}.develops");
                for (var r = 0; r < programme.PreparesFor.Count; r++)
                    Reference(programme.PreparesFor[r], $"{path}.preparesFor[{r}]", "role", graph.Roles.ContainsKey);
                for (var s = 0; s < programme.AlignedWith.Count; s++)
                    Reference(programme.AlignedWith[s], $"{path}.alignedWith[{s}]", "standard", graph.Standards.ContainsKey);
            }
        }

        private void CheckDemand()
        {
            Unique(dataset.Demand, "demand", d => d.Key, "demand entry for region, role and year");
            for (var i = 0; i < dataset.Demand.Count; i++)
            {
                var entry = dataset.Demand[i];
                var path = $"$.demand[{i}]";
                RegionReference(entry.Region, $"{path}.region");
                Reference(entry.Role, $"{path}.role", "role", graph.Roles.ContainsKey);
                if (entry.Year is < MinYear or > MaxYear)
                    Problem($"{path}.year", $"{entry.Year} is outside {MinYear}..{MaxYear}");
                NonNegative(entry.Openings, $"{path}.openings");
                if (entry.Employed is { } employed) NonNegative(employed, $"{path}.employed");
            }
        }
    }
}
