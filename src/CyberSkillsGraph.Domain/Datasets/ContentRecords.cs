using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>The records of a <see cref="GraphContent"/> indexed by key, for validating against content that has no snapshot (imports, tests).</summary>
internal sealed class ContentRecords : IExistingRecords
{
    private readonly Dictionary<string, Region> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Framework> _frameworks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Competence> _competences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Role> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Standard> _standards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Provider> _providers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TrainingProgramme> _programmes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mappings = new(StringComparer.Ordinal);

    public ContentRecords(GraphContent content)
    {
        foreach (var dataset in content.Datasets)
        {
            foreach (var r in dataset.Regions) _regions[r.Code] = r;
            foreach (var f in dataset.Frameworks) _frameworks[f.Id] = f;
            foreach (var c in dataset.Competences) _competences[c.Id] = c;
            foreach (var r in dataset.Roles) _roles[r.Id] = r;
            foreach (var s in dataset.Standards) _standards[s.Id] = s;
            foreach (var p in dataset.Providers) _providers[p.Id] = p;
            foreach (var p in dataset.TrainingProgrammes) _programmes[p.Id] = p;
            foreach (var m in dataset.Mappings) _mappings.Add(m.Key);
        }
    }

    public Region? FindRegion(string code) => _regions.GetValueOrDefault(code);
    public Framework? FindFramework(string id) => _frameworks.GetValueOrDefault(id);
    public Competence? FindCompetence(string id) => _competences.GetValueOrDefault(id);
    public Role? FindRole(string id) => _roles.GetValueOrDefault(id);
    public Standard? FindStandard(string id) => _standards.GetValueOrDefault(id);
    public Provider? FindProvider(string id) => _providers.GetValueOrDefault(id);
    public TrainingProgramme? FindProgramme(string id) => _programmes.GetValueOrDefault(id);
    public bool HasMapping(string key) => _mappings.Contains(key);
}
