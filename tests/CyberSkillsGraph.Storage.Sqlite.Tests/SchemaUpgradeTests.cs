using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Storage.Sqlite.Tests;

/// <summary>
/// A database made by every released schema version (ReleasedSchemas/vN.sql, copied as released and never edited) is
/// upgraded by today's store to the schema a new database gets, and holds the same graph.
/// </summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    private static readonly string SchemaFolder = Path.Combine(AppContext.BaseDirectory, "ReleasedSchemas");
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "csg-upgrade-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<int> ReleasedVersions() => [.. Directory.GetFiles(SchemaFolder, "v*.sql").Select(VersionOf).Order()];

    [Theory]
    [MemberData(nameof(ReleasedVersions))]
    public async Task Initialize_WhenTheDatabaseWasMadeByAReleasedVersion_ThenItIsUpgradedAndHoldsTheSameGraph(int version)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var path = Path.Combine(_directory, $"v{version}.db");
        Directory.CreateDirectory(_directory);
        await using (var connection = await OpenAsync(path, cancellationToken))
        {
            await ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(SchemaFolder, $"v{version}.sql"), cancellationToken), cancellationToken);
            await WriteAsReleasedAsync(connection, StoreTestData.WorkedExample, cancellationToken);
        }

        var store = new SqliteGraphStore(path);
        await store.InitializeAsync(cancellationToken);

        var content = await store.LoadAsync(cancellationToken);
        Assert.Equal(7, content.Revision);
        StoreAssert.SameRecords(StoreTestData.WorkedExample, Assert.Single(content.Datasets));
        Assert.Equal(await SchemaOfAsync(await NewDatabaseAsync(cancellationToken), cancellationToken), await SchemaOfAsync(path, cancellationToken));
        var audit = new AuditEntry(0, DateTimeOffset.UnixEpoch, "tester", "setDemand", "demand", "k", null, "{}");
        Assert.Equal(8, await store.ApplyAsync(new ChangeSet([StoreTestData.WorkedExample], 7, [audit]), null, cancellationToken));
        Assert.Single(await store.ReadAuditAsync(new AuditQuery(), cancellationToken));
        // The change log starts with the upgrade: a replica at the released revision catches up from it, one further behind cannot.
        Assert.Equal(8, Assert.Single((await store.LoadChangesAsync(7, cancellationToken))!).Revision);
        Assert.Null(await store.LoadChangesAsync(6, cancellationToken));
    }

    [Fact]
    public async Task Initialize_WhenTheDatabaseIsNew_ThenItsVersionIsTheNewestReleasedOne()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = await OpenAsync(await NewDatabaseAsync(cancellationToken), cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";

        // A new schema version must come with its released schema file, so that the next one is tested upgrading from it.
        Assert.Equal((long)ReleasedVersions().Max(row => row.Data), await command.ExecuteScalarAsync(cancellationToken));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Rows as every released version wrote them: a record's key, its dataset and its JSON body, the dataset list and the revision.</summary>
    private static async Task WriteAsReleasedAsync(SqliteConnection connection, Dataset dataset, CancellationToken cancellationToken)
    {
        (string Table, IEnumerable<(string Key, string Body)> Rows)[] tables =
        [
            ("regions", dataset.Regions.Select(r => (r.Code, RecordJson.Of(r)))),
            ("frameworks", dataset.Frameworks.Select(f => (f.Id, RecordJson.Of(f)))),
            ("competences", dataset.Competences.Select(c => (c.Id, RecordJson.Of(c)))),
            ("roles", dataset.Roles.Select(r => (r.Id, RecordJson.Of(r)))),
            ("standards", dataset.Standards.Select(s => (s.Id, RecordJson.Of(s)))),
            ("mappings", dataset.Mappings.Select(m => (m.Key, RecordJson.Of(m)))),
            ("providers", dataset.Providers.Select(p => (p.Id, RecordJson.Of(p)))),
            ("training_programmes", dataset.TrainingProgrammes.Select(p => (p.Id, RecordJson.Of(p)))),
            ("demand", dataset.Demand.Select(e => (e.Key, RecordJson.Of(e)))),
        ];
        await using var transaction = connection.BeginTransaction();
        await InsertAsync("INSERT INTO datasets (id, seq, body) VALUES ($a, 1, $b)", dataset.Info.Id, RecordJson.Of(dataset.Info));
        foreach (var (table, rows) in tables)
        {
            foreach (var (key, body) in rows) await InsertAsync($"INSERT INTO {table} (key, dataset, body) VALUES ($a, '{dataset.Info.Id}', $b)", key, body);
        }
        await InsertAsync("UPDATE meta SET value = 7 WHERE name = 'revision'");
        await transaction.CommitAsync(cancellationToken);

        async Task InsertAsync(string sql, params string[] values)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            if (values.Length > 0) command.Parameters.AddWithValue("$a", values[0]);
            if (values.Length > 1) command.Parameters.AddWithValue("$b", values[1]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<string> NewDatabaseAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_directory, "new.db");
        await new SqliteGraphStore(path).InitializeAsync(cancellationToken);
        return path;
    }

    private static async Task<List<string>> SchemaOfAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(path, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var schema = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) schema.Add(reader.GetString(0));
        return schema;
    }

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static int VersionOf(string file) => int.Parse(Path.GetFileNameWithoutExtension(file)[1..], System.Globalization.CultureInfo.InvariantCulture);
}
