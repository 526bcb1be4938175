using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Cli.Tests.Commands;

public sealed class ImportExportCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    [Fact]
    public async Task Export_WhenImportedIntoAnEmptyStoreAndExportedAgain_ThenTheFilesAreIdentical()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store("a.db"))).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("export", _cli.PathOf("first"), "--store", _cli.Store("a.db"))).ExitCode);

        Assert.Equal(0, (await _cli.RunAsync("import", _cli.PathOf("first"), "--store", _cli.Store("b.db"))).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("export", _cli.PathOf("second"), "--store", _cli.Store("b.db"))).ExitCode);

        var first = Files(_cli.PathOf("first"));
        Assert.Equal(8, first.Count);
        Assert.Equal(first, Files(_cli.PathOf("second")));
    }

    [Fact]
    public async Task Import_WhenTheLastRecordOfAFileIsBad_ThenNothingOfItIsStored()
    {
        await _cli.RunAsync("import", CliRun.WorkedExample, "--store", _cli.Store());
        var document = """
            { "dataset": { "id": "late", "title": "Late additions", "source": "test" },
              "regions": [ { "code": "JP", "name": "Japan", "parent": null } ],
              "demand": [ { "region": "JP", "role": "CISO", "year": 2026, "openings": 5 },
                          { "region": "JP", "role": "CISO", "year": 2027, "openings": -1 } ] }
            """;
        await File.WriteAllTextAsync(_cli.PathOf("late.json"), document, TestContext.Current.CancellationToken);

        var (exitCode, output) = await _cli.RunAsync("import", _cli.PathOf("late.json"), "--store", _cli.Store());

        Assert.Equal(1, exitCode);
        Assert.Contains("late.json $.demand[1].openings: -1 is negative", output);
        var store = new SqliteGraphStore(_cli.PathOf("graph.db"));
        var content = await store.LoadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, content.Revision);
        Assert.DoesNotContain(content.Regions, r => r.Code == "JP");
        Assert.DoesNotContain(content.Datasets, d => d.Info.Id == "late");
    }

    [Fact]
    public async Task Import_WhenJsonIsMalformed_ThenItSaysWhereAndStoresNothing()
    {
        await File.WriteAllTextAsync(_cli.PathOf("broken.json"), "{ \"dataset\": { \"id\": ", TestContext.Current.CancellationToken);

        var (exitCode, output) = await _cli.RunAsync("import", _cli.PathOf("broken.json"), "--store", _cli.Store());

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.json", output);
        Assert.Contains("malformed JSON at line 1", output);
        Assert.Equal(0, await new SqliteGraphStore(_cli.PathOf("graph.db")).GetRevisionAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_WhenAFileOfAFolderIsBad_ThenNoFileOfTheFolderIsStored()
    {
        Directory.CreateDirectory(_cli.PathOf("batch"));
        File.Copy(CliRun.WorkedExample, _cli.PathOf("batch/1-good.json"));
        await File.WriteAllTextAsync(_cli.PathOf("batch/2-bad.json"),
            """{ "dataset": { "id": "bad", "title": "t", "source": "s" }, "regions": [ { "code": "XX", "name": "x", "parent": "NOWHERE" } ] }""",
            TestContext.Current.CancellationToken);

        var (exitCode, output) = await _cli.RunAsync("import", _cli.PathOf("batch"), "--store", _cli.Store());

        Assert.Equal(1, exitCode);
        Assert.Contains("2-bad.json $.regions[0].parent: unknown region 'NOWHERE'", output);
        Assert.Equal(0, await new SqliteGraphStore(_cli.PathOf("graph.db")).GetRevisionAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_WhenRunTwice_ThenTheSecondRunChangesNoRecord()
    {
        await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store());
        await _cli.RunAsync("export", _cli.PathOf("once"), "--store", _cli.Store());

        var (exitCode, output) = await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store());
        await _cli.RunAsync("export", _cli.PathOf("twice"), "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        Assert.Contains("revision 2", output);
        Assert.Equal(Files(_cli.PathOf("once")), Files(_cli.PathOf("twice")));
    }

    [Fact]
    public async Task Import_WhenPathDoesNotExist_ThenItIsAUsageError()
    {
        var (exitCode, output) = await _cli.RunAsync("import", _cli.PathOf("missing"), "--store", _cli.Store());

        Assert.Equal(2, exitCode);
        Assert.Contains("No dataset file or folder", output);
    }

    [Fact]
    public async Task Store_WhenSchemeIsUnknown_ThenItIsAUsageErrorNamingBothAcceptedForms()
    {
        var (exitCode, output) = await _cli.RunAsync("export", _cli.PathOf("out"), "--store", "postgres:foo");

        Assert.Equal(2, exitCode);
        Assert.Contains("--store: 'postgres:foo' is neither sqlite:<path to graph.db> nor neo4j:<http(s) address>.", output);
    }

    [Fact]
    public async Task Export_WhenTheStoreIsEmpty_ThenItFailsSayingSoAndWritesNoFolder()
    {
        await new SqliteGraphStore(_cli.PathOf("empty.db")).InitializeAsync(TestContext.Current.CancellationToken);

        var (exitCode, output) = await _cli.RunAsync("export", _cli.PathOf("out"), "--store", _cli.Store("empty.db"));

        Assert.Equal(2, exitCode);
        Assert.Contains($"The graph store {_cli.Store("empty.db")} is empty. Import datasets into it first", output);
        Assert.False(Directory.Exists(_cli.PathOf("out")));
    }

    [Fact]
    public async Task Import_WhenOutputIsNotATerminal_ThenItPrintsNoProgressLines()
    {
        var (exitCode, output) = await _cli.RunAsync("import", CliRun.WorkedExample, "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        Assert.Equal(["Imported 20 records from 1 file(s); the graph is at revision 1."], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Import_WhenOutputIsATerminal_ThenItDrawsProgress()
    {
        var (exitCode, output) = await _cli.RunOnTerminalAsync("import", CliRun.WorkedExample, "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        Assert.Contains("Validating and writing", output);
    }
}
