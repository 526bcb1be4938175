using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>
/// The table of every kind of record, in the order a change set writes them. A table name is part of the schema: a new kind
/// needs a migration step that creates its table. A kind without a table would be dropped silently on every write, so the
/// store refuses to start instead.
/// </summary>
internal static class RecordTables
{
    public static readonly IReadOnlyList<RecordTable> All = RecordKinds.Complete<RecordTable>(
    [
        new("regions", RecordKinds.Regions),
        new("frameworks", RecordKinds.Frameworks),
        new("competences", RecordKinds.Competences),
        new("roles", RecordKinds.Roles),
        new("standards", RecordKinds.Standards),
        new("mappings", RecordKinds.Mappings),
        new("providers", RecordKinds.Providers),
        new("training_programmes", RecordKinds.TrainingProgrammes),
        new("demand", RecordKinds.Demand),
    ], table => table.Kind, "The SQLite store");
}
