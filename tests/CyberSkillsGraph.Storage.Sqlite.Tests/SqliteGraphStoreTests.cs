using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreTests : GraphStoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "csg-store-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "graph.db");

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(new SqliteGraphStore(DatabasePath));

    protected override IGraphStore OpenSameStore() => new SqliteGraphStore(DatabasePath);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Initialize_WhenItCreatesTheDataFolder_ThenFolderAndDatabaseAreOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only");
        if (OperatingSystem.IsWindows()) return; // for the platform analyzer, which does not know SkipWhen

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_directory));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabasePath));
    }

    [Fact]
    public async Task Initialize_WhenFileIsNew_ThenItIsInWalModeAtTheLatestSchemaVersion()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(3L, await Scalar(connection, "PRAGMA user_version"));
    }

    [Fact]
    public async Task Initialize_WhenFileHasANewerSchema_ThenItRefusesToTouchIt()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await Scalar(connection, "PRAGMA user_version = 99");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenSameStore().InitializeAsync(TestContext.Current.CancellationToken));
        Assert.Contains("schema version 99", error.Message);
    }

    [Fact]
    public async Task Initialize_WhenCalledAgain_ThenItKeepsTheData()
    {
        await Store.ApplyAsync(new ChangeSet([StoreTestData.WorkedExample]), null, TestContext.Current.CancellationToken);

        await Store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, await Store.GetRevisionAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LoadChanges_WhenTheCallerIsFurtherBehindThanTheLogKeeps_ThenItLoadsEverythingAndOldRevisionsAreGone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        for (var i = 0; i <= ChangeLog.KeptRevisions + 1; i++)
        {
            var dataset = new Dataset(new DatasetInfo("regions", "Regions", "test")) { Regions = [new Region("R", $"Region {i}", null)] };
            await Store.ApplyAsync(new ChangeSet([dataset]), null, cancellationToken);
        }
        var current = await Store.GetRevisionAsync(cancellationToken);

        Assert.Null(await Store.LoadChangesAsync(current - ChangeLog.KeptRevisions - 1, cancellationToken));
        Assert.Equal(ChangeLog.KeptRevisions, (await Store.LoadChangesAsync(current - ChangeLog.KeptRevisions, cancellationToken))!.Count);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(cancellationToken);
        Assert.Equal((long)ChangeLog.KeptRevisions, await Scalar(connection, "SELECT count(*) FROM changes"));
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
