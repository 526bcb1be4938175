using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>Every kind of record the graph holds, in the order a change set writes them.</summary>
internal static class RecordTables
{
    public static readonly IReadOnlyList<IRecordTable> All =
    [
        new RecordTable<Region>("regions", r => r.Code, d => d.Regions, (d, x) => d with { Regions = x }),
        new RecordTable<Framework>("frameworks", f => f.Id, d => d.Frameworks, (d, x) => d with { Frameworks = x }),
        new RecordTable<Competence>("competences", c => c.Id, d => d.Competences, (d, x) => d with { Competences = x }),
        new RecordTable<Role>("roles", r => r.Id, d => d.Roles, (d, x) => d with { Roles = x }),
        new RecordTable<Standard>("standards", s => s.Id, d => d.Standards, (d, x) => d with { Standards = x }),
        new RecordTable<Mapping>("mappings", m => m.Key, d => d.Mappings, (d, x) => d with { Mappings = x }),
        new RecordTable<Provider>("providers", p => p.Id, d => d.Providers, (d, x) => d with { Providers = x }),
        new RecordTable<TrainingProgramme>("training_programmes", p => p.Id, d => d.TrainingProgrammes, (d, x) => d with { TrainingProgrammes = x }),
        new RecordTable<DemandEntry>("demand", e => e.Key, d => d.Demand, (d, x) => d with { Demand = x }),
    ];
}
