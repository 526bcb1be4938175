namespace CyberSkillsGraph.Domain.Model;

/// <summary>Every kind of record the graph holds, in the order a change set writes them.</summary>
public static class RecordKinds
{
    public static RecordKind<Region> Regions { get; } = new("region", "regions", "region", "regions", r => r.Code, d => d.Regions, (d, x) => d with { Regions = x });
    public static RecordKind<Framework> Frameworks { get; } = new("framework", "frameworks", "framework", "frameworks", f => f.Id, d => d.Frameworks, (d, x) => d with { Frameworks = x });
    public static RecordKind<Competence> Competences { get; } = new("competence", "competences", "competence", "competences", c => c.Id, d => d.Competences, (d, x) => d with { Competences = x });
    public static RecordKind<Role> Roles { get; } = new("role", "roles", "role", "roles", r => r.Id, d => d.Roles, (d, x) => d with { Roles = x });
    public static RecordKind<Standard> Standards { get; } = new("standard", "standards", "standard", "standards", s => s.Id, d => d.Standards, (d, x) => d with { Standards = x });
    public static RecordKind<Mapping> Mappings { get; } = new("mapping", "mappings", "mapping", "mappings", m => m.Key, d => d.Mappings, (d, x) => d with { Mappings = x },
        (a, b) => string.CompareOrdinal(a.Source, b.Source) is var c && c != 0 ? c : string.CompareOrdinal(a.Target, b.Target));
    public static RecordKind<Provider> Providers { get; } = new("provider", "providers", "provider", "providers", p => p.Id, d => d.Providers, (d, x) => d with { Providers = x });
    public static RecordKind<TrainingProgramme> TrainingProgrammes { get; } =
        new("trainingProgramme", "trainingProgrammes", "training programme", "training programmes", p => p.Id, d => d.TrainingProgrammes, (d, x) => d with { TrainingProgrammes = x });
    public static RecordKind<DemandEntry> Demand { get; } = new("demand", "demand", "demand entry", "demand entries", e => e.Key, d => d.Demand, (d, x) => d with { Demand = x },
        (a, b) => string.CompareOrdinal(a.Region, b.Region) is var c && c != 0 ? c
            : string.CompareOrdinal(a.Role, b.Role) is var r && r != 0 ? r
            : a.Year.CompareTo(b.Year));

    public static IReadOnlyList<IRecordKind> All { get; } =
        [Regions, Frameworks, Competences, Roles, Standards, Mappings, Providers, TrainingProgrammes, Demand];

    /// <summary>
    /// One entry per kind, in the order of <see cref="All"/>, from a part that must handle every kind its own way (the
    /// reader, the Neo4j store): a kind without an entry would be dropped silently, so it is refused at once instead.
    /// </summary>
    public static IReadOnlyList<TEntry> Complete<TEntry>(IReadOnlyList<TEntry> entries, Func<TEntry, IRecordKind> kindOf, string part)
    {
        var byKind = entries.ToDictionary(kindOf);
        return All.FirstOrDefault(kind => !byKind.ContainsKey(kind)) is { } missing
            ? throw new InvalidOperationException($"{part} has no entry for {missing.PluralName}.")
            : [.. All.Select(kind => byKind[kind])];
    }
}
