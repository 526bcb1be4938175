using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Writes take SQLite's write lock at their start
/// (BEGIN IMMEDIATE), so writers in several processes are serialised and the revision check and the
/// upsert happen in one transaction.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private readonly string _connectionString;

    public SqliteGraphStore(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Seconds a statement waits for another writer's lock before it fails.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        StoreLocation.CreateDataDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await OpenAsync(cancellationToken);
        // SQLite gives the -wal and -shm files the database file's mode, so this covers all three.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(DatabasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // WAL lets readers go on while one writer commits; the setting is kept in the file.
        await Execute(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await SchemaMigrations.ApplyAsync(connection, cancellationToken);
    }

    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadRevision(connection, null, cancellationToken);
    }

    public async Task<GraphContent> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One read transaction so that every table is read at the same revision.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var revision = await ReadRevision(connection, transaction, cancellationToken);

        var datasets = new List<Dataset>();
        await using (var command = Command(connection, transaction, "SELECT body FROM datasets ORDER BY seq"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                datasets.Add(new Dataset(RecordJson.Parse<DatasetInfo>(reader.GetString(0))));
        }
        var position = datasets.Select((d, i) => (d.Info.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        foreach (var table in RecordTables.All)
        {
            var bodies = datasets.Select(_ => new List<byte[]>()).ToArray();
            await using var command = Command(connection, transaction, $"SELECT dataset, body FROM {table.Name} ORDER BY key");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var dataset = reader.GetString(0);
                if (!position.TryGetValue(dataset, out var index))
                    throw new InvalidDataException($"A row of {table.Name} names dataset '{dataset}', which is not in the store.");
                bodies[index].Add(reader.GetFieldValue<byte[]>(1));
            }
            for (var i = 0; i < datasets.Count; i++)
                datasets[i] = table.Assign(datasets[i], bodies[i]);
        }
        await transaction.CommitAsync(cancellationToken);
        return new GraphContent(revision, datasets);
    }

    public async Task<long> ApplyAsync(ChangeSet changes, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var revision = await ReadRevision(connection, transaction, cancellationToken);
        if (changes.ExpectedRevision is { } expected && expected != revision)
            throw new RevisionConflictException(expected, revision);

        await using (var upsertDataset = Command(connection, transaction,
            """
            INSERT INTO datasets (id, seq, body) VALUES ($id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM datasets), $body)
            ON CONFLICT (id) DO UPDATE SET body = excluded.body
            """))
        {
            var id = upsertDataset.Parameters.Add("$id", SqliteType.Text);
            var body = upsertDataset.Parameters.Add("$body", SqliteType.Text);
            foreach (var dataset in changes.Upserts)
            {
                id.Value = dataset.Info.Id;
                body.Value = RecordJson.Of(dataset.Info);
                await upsertDataset.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var written = 0;
        foreach (var table in RecordTables.All)
        {
            await using var upsert = Command(connection, transaction,
                $"""
                INSERT INTO {table.Name} (key, dataset, body) VALUES ($key, $dataset, $body)
                ON CONFLICT (key) DO UPDATE SET dataset = excluded.dataset, body = excluded.body
                """);
            var key = upsert.Parameters.Add("$key", SqliteType.Text);
            var datasetId = upsert.Parameters.Add("$dataset", SqliteType.Text);
            var body = upsert.Parameters.Add("$body", SqliteType.Text);
            upsert.Prepare();
            foreach (var dataset in changes.Upserts)
            {
                datasetId.Value = dataset.Info.Id;
                foreach (var row in table.Rows(dataset))
                {
                    key.Value = row.Key;
                    body.Value = row.Body;
                    await upsert.ExecuteNonQueryAsync(cancellationToken);
                    if (++written % 5000 == 0) progress?.Report(written);
                }
            }
        }

        var next = revision + 1;
        await WriteAuditAsync(connection, transaction, next, changes.Audit ?? [], cancellationToken);
        await LogChangesAsync(connection, transaction, next, changes.Upserts, cancellationToken);
        await using (var bump = Command(connection, transaction, "UPDATE meta SET value = $value WHERE name = 'revision'"))
        {
            bump.Parameters.AddWithValue("$value", next);
            await bump.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(written);
        return next;
    }

    public async Task<IReadOnlyList<RevisionChanges>?> LoadChangesAsync(long sinceRevision, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One read transaction, so that the revision and the changes up to it agree.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var current = await ReadRevision(connection, transaction, cancellationToken);
        if (sinceRevision > current || current - sinceRevision > ChangeLog.KeptRevisions) return null;
        await using var command = Command(connection, transaction,
            "SELECT revision, body FROM changes WHERE revision > $since AND revision <= $current ORDER BY revision");
        command.Parameters.AddWithValue("$since", sinceRevision);
        command.Parameters.AddWithValue("$current", current);
        var stored = new List<(long, string?)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                stored.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
        await transaction.CommitAsync(cancellationToken);
        return ChangeLog.Complete(sinceRevision, current, stored);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            """
            SELECT revision, at, actor, action, kind, key, before, after FROM audit
            WHERE ($actor IS NULL OR actor = $actor) AND ($key IS NULL OR key = $key) AND ($before IS NULL OR revision < $before)
            ORDER BY id DESC LIMIT $limit OFFSET $skip
            """);
        command.Parameters.AddWithValue("$actor", (object?)query.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$key", (object?)query.Key ?? DBNull.Value);
        command.Parameters.AddWithValue("$before", (object?)query.BeforeRevision ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 1000));
        command.Parameters.AddWithValue("$skip", Math.Max(0, query.Skip));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return entries;
    }

    public async Task<int> CountAuditAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT COUNT(*) FROM audit WHERE ($actor IS NULL OR actor = $actor) AND ($key IS NULL OR key = $key) AND ($before IS NULL OR revision < $before)");
        command.Parameters.AddWithValue("$actor", (object?)query.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$key", (object?)query.Key ?? DBNull.Value);
        command.Parameters.AddWithValue("$before", (object?)query.BeforeRevision ?? DBNull.Value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WriteAuditAsync(
        SqliteConnection connection, SqliteTransaction transaction, long revision, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return;
        await using var insert = Command(connection, transaction,
            "INSERT INTO audit (revision, at, actor, action, kind, key, before, after) VALUES ($revision, $at, $actor, $action, $kind, $key, $before, $after)");
        foreach (var entry in entries)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$revision", revision);
            insert.Parameters.AddWithValue("$at", entry.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$actor", entry.Actor);
            insert.Parameters.AddWithValue("$action", entry.Action);
            insert.Parameters.AddWithValue("$kind", entry.Kind);
            insert.Parameters.AddWithValue("$key", entry.Key);
            insert.Parameters.AddWithValue("$before", (object?)entry.Before ?? DBNull.Value);
            insert.Parameters.AddWithValue("$after", (object?)entry.After ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Keeps what this revision changed for replicas, and forgets the revisions the change log no longer keeps.</summary>
    private static async Task LogChangesAsync(
        SqliteConnection connection, SqliteTransaction transaction, long revision, IReadOnlyList<Dataset> upserts, CancellationToken cancellationToken)
    {
        await using (var insert = Command(connection, transaction, "INSERT INTO changes (revision, body) VALUES ($revision, $body)"))
        {
            insert.Parameters.AddWithValue("$revision", revision);
            insert.Parameters.AddWithValue("$body", (object?)ChangeLog.Body(upserts) ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var prune = Command(connection, transaction, "DELETE FROM changes WHERE revision <= $through");
        prune.Parameters.AddWithValue("$through", ChangeLog.PrunedThrough(revision));
        await prune.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<long> ReadRevision(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT value FROM meta WHERE name = 'revision'");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
