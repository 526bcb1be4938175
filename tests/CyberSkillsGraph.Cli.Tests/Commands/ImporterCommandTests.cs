using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Cli.Tests.Commands;

/// <summary>The importers for formats users already hold: NIST's CPRT components file and a provider's CSV catalogue.</summary>
public sealed class ImporterCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private async Task<long> RevisionAsync() =>
        (await new SqliteGraphStore(_cli.PathOf("graph.db")).LoadAsync(TestContext.Current.CancellationToken)).Revision;

    [Fact]
    public async Task NiceImport_WhenGivenACprtFile_ThenItsWorkRolesAreStoredUnderTheChosenFramework()
    {
        var (exitCode, output) = await _cli.RunAsync("nice", "import", TestData("nice-cprt-sample.json"), "--framework", "NICE-CPRT", "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 5 work roles in 3 categories from nice-cprt-sample.json", output);
        var content = await new SqliteGraphStore(_cli.PathOf("graph.db")).LoadAsync(TestContext.Current.CancellationToken);
        Assert.Contains(content.Roles, r => r is { Id: "NICE-CPRT:PD-WRL-003", Title: "Incident Response", Category: "PD" });
    }

    [Fact]
    public async Task NiceImport_WhenDryRun_ThenNothingIsWritten()
    {
        var (exitCode, output) = await _cli.RunAsync("nice", "import", TestData("nice-cprt-sample.json"), "--dry-run", "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        Assert.Contains("Dry run: 5 work roles in 3 categories would be imported", output);
        Assert.Equal(0, await RevisionAsync());
    }

    [Fact]
    public async Task CatalogueImport_WhenDryRunOnTheSeed_ThenItReportsWhatWouldBeImportedAndWritesNothing()
    {
        await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store());

        var (exitCode, output) = await _cli.RunAsync("catalogue", "import", TestData("catalogue-sample.csv"), "--dry-run", "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        Assert.Contains("Dry run: 2 provider(s) and 3 programme(s) from catalogue-sample.csv are valid; nothing was written.", output);
        Assert.Equal(1, await RevisionAsync());
    }

    [Fact]
    public async Task CatalogueImport_WhenValid_ThenProvidersAndProgrammesAreStored()
    {
        await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store());

        var (exitCode, _) = await _cli.RunAsync("catalogue", "import", TestData("catalogue-sample.csv"), "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        var content = await new SqliteGraphStore(_cli.PathOf("graph.db")).LoadAsync(TestContext.Current.CancellationToken);
        Assert.Contains(content.Datasets, d => d.Info.Id == "catalogue-catalogue-sample");
        Assert.Contains(content.TrainingProgrammes, p => p is { Id: "nss-csirt-basics", Provider: "prov-nagoya-sec", SeatsPerYear: 80 });
    }

    [Fact]
    public async Task CatalogueImport_WhenRowsAreWrong_ThenEveryProblemIsReportedByRowAndColumnAndNothingIsWritten()
    {
        await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store());
        await File.WriteAllTextAsync(_cli.PathOf("bad.csv"), """
            provider_id,provider_name,programme_id,title,regions,seats_per_year,hours,develops
            p1,Provider one,x1,First,XX,10,5,ECF:E.8@3;ECF:Q.1@2
            p1,Provider one,x2,Second,JP,ten,5,ECF:E.8@3
            """, TestContext.Current.CancellationToken);

        var (exitCode, output) = await _cli.RunAsync("catalogue", "import", _cli.PathOf("bad.csv"), "--store", _cli.Store());

        Assert.Equal(1, exitCode);
        Assert.Contains("row 2, column regions: unknown region 'XX'", output);
        Assert.Contains("row 2, column develops: unknown competence 'ECF:Q.1'", output);
        Assert.Contains("row 3, column seats_per_year: 'ten' is not a whole number of 0 or more", output);
        Assert.Equal(1, await RevisionAsync());
    }
}
