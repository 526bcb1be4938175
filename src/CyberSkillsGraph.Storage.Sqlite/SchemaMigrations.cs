using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>
/// Versioned schema changes, applied in order inside one transaction and recorded in SQLite's
/// <c>user_version</c>. Each step is literal SQL, never generated from code that may change (a new
/// record kind in <see cref="RecordTables"/> needs a new step that creates its table). Append new
/// steps; never edit a released one: the upgrade tests start from a copy of every released schema.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly IReadOnlyList<string> Steps =
    [
        // 1: one table per record kind, the dataset list and the revision counter.
        """
        CREATE TABLE regions (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX regions_dataset ON regions (dataset);
        CREATE TABLE frameworks (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX frameworks_dataset ON frameworks (dataset);
        CREATE TABLE competences (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX competences_dataset ON competences (dataset);
        CREATE TABLE roles (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX roles_dataset ON roles (dataset);
        CREATE TABLE standards (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX standards_dataset ON standards (dataset);
        CREATE TABLE mappings (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX mappings_dataset ON mappings (dataset);
        CREATE TABLE providers (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX providers_dataset ON providers (dataset);
        CREATE TABLE training_programmes (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX training_programmes_dataset ON training_programmes (dataset);
        CREATE TABLE demand (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX demand_dataset ON demand (dataset);
        CREATE TABLE datasets (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL);
        CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
        INSERT INTO meta (name, value) VALUES ('revision', 0);
        """,
        // 2: the audit trail, written in the same transaction as the change it records.
        """
        CREATE TABLE audit (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          revision INTEGER NOT NULL,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          kind TEXT NOT NULL,
          key TEXT NOT NULL,
          before TEXT,
          after TEXT);
        CREATE INDEX audit_actor ON audit (actor, revision);
        CREATE INDEX audit_key ON audit (key, revision);
        """,
        // 3: what each recent revision changed (the change set as JSON; NULL when too large to keep), for replicas to catch up.
        """
        CREATE TABLE changes (revision INTEGER PRIMARY KEY NOT NULL, body TEXT);
        """,
    ];

    public static int Latest => Steps.Count;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = Convert.ToInt32(await Scalar(connection, transaction, "PRAGMA user_version", cancellationToken));
        if (version > Latest)
            throw new InvalidOperationException(
                $"The database has schema version {version}, newer than this program's {Latest}. Upgrade the program.");
        for (var step = version; step < Latest; step++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[step] + $";\nPRAGMA user_version = {step + 1};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<object?> Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
