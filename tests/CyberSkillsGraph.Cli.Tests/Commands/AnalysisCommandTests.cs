using System.Text.Json;

namespace CyberSkillsGraph.Cli.Tests.Commands;

/// <summary>The analysis commands on the worked example of docs/semantics.md.</summary>
public sealed class AnalysisCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task ImportWorkedExampleAsync() =>
        Assert.Equal(0, (await _cli.RunAsync("import", CliRun.WorkedExample, "--store", _cli.Store())).ExitCode);

    [Fact]
    public async Task Gaps_WhenJson_ThenRowsAreTheWorkedExample()
    {
        await ImportWorkedExampleAsync();

        var (exitCode, output) = await _cli.RunAsync("gaps", "--region", "DE", "--format", "json", "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2026, report.GetProperty("year").GetInt32());
        Assert.Equal(50, report.GetProperty("totals").GetProperty("openings").GetInt32());
        var rows = report.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("competence").GetString()}@{r.GetProperty("level").GetInt32()} {r.GetProperty("gap").GetInt32()} {r.GetProperty("status").GetString()}");
        Assert.Equal(["ECF:E.3@4 35 SHORTAGE", "ECF:B.3@4 25 SHORTAGE", "ECF:D.1@5 10 MISSING", "ECF:E.8@4 10 SHORTAGE"], rows);
    }

    [Fact]
    public async Task Gaps_WhenCsv_ThenThereIsAHeaderAndOneLinePerRow()
    {
        await ImportWorkedExampleAsync();

        var (_, output) = await _cli.RunAsync("gaps", "--region", "EU", "--format", "csv", "--store", _cli.Store());

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("competence,title,level,demand,supply,partialSupply,gap,coverageRatio,accessible,status,roles", lines[0]);
        Assert.Equal("ECF:B.3,b3,4,60,15,0,45,0.25,true,SHORTAGE,PENTESTER", lines[1]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task Gaps_WhenTable_ThenItShowsTheTotals()
    {
        await ImportWorkedExampleAsync();

        var (_, output) = await _cli.RunAsync("gaps", "--region", "DE", "--store", _cli.Store());

        Assert.Contains("MISSING", output);
        Assert.Contains("Openings 50; rows missing 1, shortage 3, covered 0.", output);
    }

    [Fact]
    public async Task Gaps_WhenRegionIsUnknown_ThenItIsAUsageErrorNamingTheOption()
    {
        await ImportWorkedExampleAsync();

        var (exitCode, output) = await _cli.RunAsync("gaps", "--region", "ATLANTIS", "--store", _cli.Store());

        Assert.Equal(2, exitCode);
        Assert.Contains("--region: unknown region 'ATLANTIS'", output);
    }

    [Theory]
    [InlineData("gaps", "--region", "JP")]
    [InlineData("learning-path", "--role", "CISO", "--region", "JP")]
    [InlineData("coverage", "--source", "ECSF", "--target", "NICE")]
    public async Task Analysis_WhenTheStoreDoesNotExist_ThenItSaysSoAndDoesNotCreateIt(params string[] args)
    {
        var (exitCode, output) = await _cli.RunAsync([.. args, "--store", _cli.Store("missing.db")]);

        Assert.Equal(2, exitCode);
        Assert.Contains($"There is no graph store at {_cli.PathOf("missing.db")}. Import datasets into it first", output);
        Assert.False(File.Exists(_cli.PathOf("missing.db")));
    }

    [Fact]
    public async Task Gaps_WhenTheStoreIsEmpty_ThenItSaysTheStoreIsEmptyNotThatTheRegionIsUnknown()
    {
        await new CyberSkillsGraph.Storage.Sqlite.SqliteGraphStore(_cli.PathOf("empty.db")).InitializeAsync(TestContext.Current.CancellationToken);

        var (exitCode, output) = await _cli.RunAsync("gaps", "--region", "JP", "--store", _cli.Store("empty.db"));

        Assert.Equal(2, exitCode);
        Assert.Contains($"The graph store {_cli.Store("empty.db")} is empty.", output);
        Assert.DoesNotContain("--region", output);
    }

    [Theory]
    [InlineData("gaps", "table, json, csv")]
    [InlineData("coverage", "table, json")]
    public async Task Format_WhenUnknown_ThenTheErrorListsTheValidFormats(string command, string formats)
    {
        await ImportWorkedExampleAsync();
        string[] options = command == "gaps" ? ["--region", "DE"] : ["--source", "ECF", "--target", "ECF"];

        var (exitCode, output) = await _cli.RunAsync([command, .. options, "--format", "xml", "--store", _cli.Store()]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"--format: 'xml' is not one of {formats}.", output);
        Assert.DoesNotContain("OutputFormat", output);
    }

    [Fact]
    public async Task Gaps_WhenTableOfTheSeedData_ThenNoLineIsWiderThan100Columns()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", CliRun.SeedData, "--store", _cli.Store())).ExitCode);

        var (exitCode, output) = await _cli.RunAsync("gaps", "--region", "EU", "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("SHORTAGE", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 100, $"{l.TrimEnd().Length} columns: {l}"));
    }

    [Fact]
    public async Task LearningPath_WhenJson_ThenP2ThenP1()
    {
        await ImportWorkedExampleAsync();

        var (_, output) = await _cli.RunAsync("learning-path", "--role", "CISO", "--region", "DE", "--format", "json", "--store", _cli.Store());

        var path = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["P2", "P1"], path.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("programme").GetString()));
        Assert.Equal(["ECF:D.1@5"], path.GetProperty("uncovered").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(60, path.GetProperty("totalHours").GetInt32());
    }

    [Fact]
    public async Task Coverage_WhenMaxHopsIsOutOfRange_ThenItIsAUsageError()
    {
        await ImportWorkedExampleAsync();

        var (exitCode, output) = await _cli.RunAsync("coverage", "--source", "ECF", "--target", "JPX", "--max-hops", "9", "--store", _cli.Store());

        Assert.Equal(2, exitCode);
        Assert.Contains("--max-hops: 9 is outside 1..5", output);
    }

    [Fact]
    public async Task Coverage_WhenJson_ThenSharesAreCounted()
    {
        await ImportWorkedExampleAsync();

        var (exitCode, output) = await _cli.RunAsync("coverage", "--source", "ECF", "--target", "JPX", "--format", "json", "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        var competences = JsonDocument.Parse(output).RootElement.GetProperty("shares")[0];
        Assert.Equal(4, competences.GetProperty("total").GetInt32());
        Assert.Equal(4, competences.GetProperty("none").GetInt32());
    }
}
