using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>The table of every kind of record, in the order a change set writes them. A table name is part of the schema: a new kind needs a migration step that creates its table.</summary>
internal static class RecordTables
{
    public static readonly IReadOnlyList<IRecordTable> All = Checked(
    [
        new RecordTable<Region>("regions", RecordKinds.Regions),
        new RecordTable<Framework>("frameworks", RecordKinds.Frameworks),
        new RecordTable<Competence>("competences", RecordKinds.Competences),
        new RecordTable<Role>("roles", RecordKinds.Roles),
        new RecordTable<Standard>("standards", RecordKinds.Standards),
        new RecordTable<Mapping>("mappings", RecordKinds.Mappings),
        new RecordTable<Provider>("providers", RecordKinds.Providers),
        new RecordTable<TrainingProgramme>("training_programmes", RecordKinds.TrainingProgrammes),
        new RecordTable<DemandEntry>("demand", RecordKinds.Demand),
    ]);

    /// <summary>A kind without a table would be dropped silently on every write: refuse to start instead.</summary>
    private static IReadOnlyList<IRecordTable> Checked(IReadOnlyList<IRecordTable> tables) =>
        RecordKinds.All.FirstOrDefault(kind => tables.All(t => t.Kind != kind)) is { } missing
            ? throw new InvalidOperationException($"The SQLite store has no table for {missing.DisplayName} records.")
            : tables;
}
