using System.Security.Cryptography;
using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>
/// Saved scenarios in scenarios.db beside the graph (whichever store holds the graph), one row each.
/// Every change is one transaction; ids and share ids are random (128 and 192 bits), so a share link
/// cannot be guessed from another.
/// </summary>
public sealed class ScenarioStore
{
    /// <summary>Most scenarios one account keeps.</summary>
    public const int MaxPerOwner = 100;

    public const string FileName = "scenarios.db";

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly Lazy<bool> _created;

    public ScenarioStore(string dataDirectory, TimeProvider clock)
    {
        var path = Path.Combine(dataDirectory, FileName);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _clock = clock;
        _created = new Lazy<bool>(() =>
        {
            StoreLocation.CreateDataDirectory(dataDirectory);
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Execute(connection, null, """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS scenarios (
                    id TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, share_id TEXT NOT NULL UNIQUE,
                    base_revision INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS scenarios_owner ON scenarios (owner, name);
                """);
            return true;
        });
    }

    public IReadOnlyList<SavedScenario> ListOwnedBy(string owner) => Query("SELECT * FROM scenarios WHERE owner = $p ORDER BY name, id", owner);

    public SavedScenario? Find(string id) => Query("SELECT * FROM scenarios WHERE id = $p", id).SingleOrDefault();

    public SavedScenario? FindShared(string shareId) => Query("SELECT * FROM scenarios WHERE share_id = $p", shareId).SingleOrDefault();

    /// <summary>Creates the scenario, or replaces name, body and base revision of the owner's scenario <paramref name="id"/>. Null when <paramref name="id"/> is not the owner's; throws when the owner has too many.</summary>
    public SavedScenario? Save(string owner, string? id, string name, string body, long baseRevision)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var now = _clock.GetUtcNow().ToString("O");
        if (id is null)
        {
            if (Count(connection, transaction, owner) >= MaxPerOwner) throw new ScenarioLimitException(MaxPerOwner);
            id = "scn_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            Execute(connection, transaction,
                "INSERT INTO scenarios VALUES ($id, $owner, $name, $share, $revision, $body, $now, $now)",
                ("$id", id), ("$owner", owner), ("$name", name), ("$share", Base64Url(RandomNumberGenerator.GetBytes(24))),
                ("$revision", baseRevision), ("$body", body), ("$now", now));
        }
        else if (Execute(connection, transaction,
                     "UPDATE scenarios SET name = $name, body = $body, base_revision = $revision, updated_at = $now WHERE id = $id AND owner = $owner",
                     ("$id", id), ("$owner", owner), ("$name", name), ("$revision", baseRevision), ("$body", body), ("$now", now)) == 0)
        {
            return null;
        }
        transaction.Commit();
        return Find(id);
    }

    /// <summary>Deletes the owner's scenario; false when there is none of that id owned by them.</summary>
    public bool Delete(string owner, string id)
    {
        using var connection = Open();
        return Execute(connection, null, "DELETE FROM scenarios WHERE id = $id AND owner = $owner", ("$id", id), ("$owner", owner)) == 1;
    }

    private SqliteConnection Open()
    {
        _ = _created.Value;
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private List<SavedScenario> Query(string sql, string parameter)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        using var reader = command.ExecuteReader();
        var rows = new List<SavedScenario>();
        while (reader.Read())
        {
            rows.Add(new SavedScenario(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(7), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    private static long Count(SqliteConnection connection, SqliteTransaction transaction, string owner)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM scenarios WHERE owner = $owner";
        command.Parameters.AddWithValue("$owner", owner);
        return (long)command.ExecuteScalar()!;
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteNonQuery();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
