using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Cli.Tests.Commands;

public sealed class MappingsCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Export_WhenImportedIntoAStoreWithTheSameElementsAndExportedAgain_ThenTheFilesAreIdentical()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store("a.db"))).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("mappings", "export", "--format", "sssom", _cli.PathOf("first.sssom.tsv"), "--store", _cli.Store("a.db"))).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store("b.db"))).ExitCode);

        var (exitCode, output) = await _cli.RunAsync("mappings", "import", _cli.PathOf("first.sssom.tsv"), "--store", _cli.Store("b.db"));
        Assert.Equal(0, (await _cli.RunAsync("mappings", "export", _cli.PathOf("second.sssom.tsv"), "--store", _cli.Store("b.db"))).ExitCode);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 154 mapping(s) from first.sssom.tsv", output);
        var first = await File.ReadAllTextAsync(_cli.PathOf("first.sssom.tsv"), TestContext.Current.CancellationToken);
        Assert.Equal(first, await File.ReadAllTextAsync(_cli.PathOf("second.sssom.tsv"), TestContext.Current.CancellationToken));
        Assert.Contains("NICE-V1:OG-WRL-001\tCommunications Security (COMSEC) Management\tskos:exactMatch\t\tNICE:OG-WRL-001", first);
        Assert.Contains("#mapping_set_id: \"https://cyberskillsgraph.example/mappings\"", first);
    }

    [Fact]
    public async Task Import_WhenOneRowNamesAnUnknownElement_ThenNothingIsStoredAndTheLineAndColumnAreGiven()
    {
        await _cli.RunAsync("import", CliRun.WorkedExample, "--store", _cli.Store());
        var file = """
            #curie_map:
            #  JPX: "https://cyberskillsgraph.example/element/JPX/"
            #  ECF: "https://cyberskillsgraph.example/element/ECF/"
            #mapping_set_id: "https://example.org/sets/late"
            #license: "https://creativecommons.org/publicdomain/zero/1.0/"
            subject_id	predicate_id	object_id	mapping_justification	confidence
            JPX:SEC-MGMT	skos:narrowMatch	ECF:E.8	semapv:ManualMappingCuration	0.8
            JPX:SEC-MGMT	skos:relatedMatch	ECF:Z.9	semapv:ManualMappingCuration	0.5

            """;
        await File.WriteAllTextAsync(_cli.PathOf("late.tsv"), file, TestContext.Current.CancellationToken);

        var (exitCode, output) = await _cli.RunAsync("mappings", "import", _cli.PathOf("late.tsv"), "--store", _cli.Store());

        Assert.Equal(1, exitCode);
        Assert.Contains("line 8, column 3: unknown competence, role or standard 'ECF:Z.9'", output);
        var content = await new SqliteGraphStore(_cli.PathOf("graph.db")).LoadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, content.Revision);
        Assert.DoesNotContain(content.Datasets, d => d.Info.Id == "late");
    }

    [Fact]
    public async Task Export_WhenTheFormatIsNotSssom_ThenItIsRefused()
    {
        var (exitCode, _) = await _cli.RunAsync("mappings", "export", "--format", "csv", _cli.PathOf("x.tsv"), "--store", _cli.Store());

        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(_cli.PathOf("x.tsv")));
    }
}
