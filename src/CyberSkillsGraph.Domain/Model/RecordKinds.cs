namespace CyberSkillsGraph.Domain.Model;

/// <summary>Every kind of record the graph holds, in the order a change set writes them.</summary>
public static class RecordKinds
{
    public static RecordKind<Region> Regions { get; } = new("regions", "region", "regions", r => r.Code, d => d.Regions, (d, x) => d with { Regions = x });
    public static RecordKind<Framework> Frameworks { get; } = new("frameworks", "framework", "frameworks", f => f.Id, d => d.Frameworks, (d, x) => d with { Frameworks = x });
    public static RecordKind<Competence> Competences { get; } = new("competences", "competence", "competences", c => c.Id, d => d.Competences, (d, x) => d with { Competences = x });
    public static RecordKind<Role> Roles { get; } = new("roles", "role", "roles", r => r.Id, d => d.Roles, (d, x) => d with { Roles = x });
    public static RecordKind<Standard> Standards { get; } = new("standards", "standard", "standards", s => s.Id, d => d.Standards, (d, x) => d with { Standards = x });
    public static RecordKind<Mapping> Mappings { get; } = new("mappings", "mapping", "mappings", m => m.Key, d => d.Mappings, (d, x) => d with { Mappings = x });
    public static RecordKind<Provider> Providers { get; } = new("providers", "provider", "providers", p => p.Id, d => d.Providers, (d, x) => d with { Providers = x });
    public static RecordKind<TrainingProgramme> TrainingProgrammes { get; } =
        new("trainingProgrammes", "training programme", "training programmes", p => p.Id, d => d.TrainingProgrammes, (d, x) => d with { TrainingProgrammes = x });
    public static RecordKind<DemandEntry> Demand { get; } = new("demand", "demand entry", "demand entries", e => e.Key, d => d.Demand, (d, x) => d with { Demand = x });

    public static IReadOnlyList<IRecordKind> All { get; } =
        [Regions, Frameworks, Competences, Roles, Standards, Mappings, Providers, TrainingProgrammes, Demand];
}
