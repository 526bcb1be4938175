using System.Text.Json;

namespace CyberSkillsGraph.Cli.Tests.Commands;

/// <summary><c>gaps --scenario FILE</c> on the worked example.</summary>
public sealed class GapsScenarioCommandTests : IDisposable
{
    private const string AddsD1InDe = """
        {
          "addProgrammes": [{ "id": "P-NEW", "title": "New DE course", "provider": "prov", "regions": ["DE"], "seatsPerYear": 4, "hours": 20,
                              "develops": [{ "competence": "ECF:D.1", "level": 5 }] }],
          "demandFactor": 1
        }
        """;

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> ScenarioFileAsync(string json)
    {
        Assert.Equal(0, (await _cli.RunAsync("import", CliRun.WorkedExample, "--store", _cli.Store())).ExitCode);
        var file = _cli.PathOf("scenario.json");
        await File.WriteAllTextAsync(file, json, TestContext.Current.CancellationToken);
        return file;
    }

    [Fact]
    public async Task Gaps_WhenAScenarioAddsD1InDe_ThenTheRowIsAShortageBesideItsMissingBaseline()
    {
        var file = await ScenarioFileAsync(AddsD1InDe);

        var (exitCode, output) = await _cli.RunAsync("gaps", "--region", "DE", "--scenario", file, "--format", "json", "--store", _cli.Store());

        Assert.Equal(0, exitCode);
        var report = JsonDocument.Parse(output).RootElement;
        var d1 = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("row").GetProperty("competence").GetString() == "ECF:D.1");
        Assert.Equal(("SHORTAGE", 4, "MISSING", -4), (d1.GetProperty("row").GetProperty("status").GetString(), d1.GetProperty("row").GetProperty("supply").GetInt32(),
            d1.GetProperty("baseline").GetProperty("status").GetString(), d1.GetProperty("gapDelta").GetInt32()));
        Assert.Equal(-1, report.GetProperty("totalsDelta").GetProperty("missing").GetInt32());
    }

    [Fact]
    public async Task Gaps_WhenCsvWithAScenario_ThenEachLineCarriesItsBaselineAndDeltas()
    {
        var file = await ScenarioFileAsync(AddsD1InDe);

        var (_, output) = await _cli.RunAsync("gaps", "--region", "DE", "--scenario", file, "--format", "csv", "--store", _cli.Store());

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",baselineDemand,baselineSupply,baselineGap,baselineStatus,demandDelta,supplyDelta,gapDelta", lines[0]);
        Assert.Contains("ECF:D.1,d1,5,10,4,0,6,0.4,true,SHORTAGE,CISO,10,0,10,MISSING,0,4,-4", lines);
    }

    [Fact]
    public async Task Gaps_WhenTheScenarioNamesAnUnknownRegion_ThenItIsInvalidDataWithThePath()
    {
        var file = await ScenarioFileAsync(AddsD1InDe.Replace("\"DE\"]", "\"ATLANTIS\"]", StringComparison.Ordinal));

        var (exitCode, output) = await _cli.RunAsync("gaps", "--region", "DE", "--scenario", file, "--store", _cli.Store());

        Assert.Equal(1, exitCode);
        Assert.Contains("--scenario $.addProgrammes[0].regions[0]: unknown region 'ATLANTIS'", output);
    }

    [Fact]
    public async Task Gaps_WhenTheScenarioFileHasAMisspeltField_ThenItIsAUsageErrorNamingIt()
    {
        var file = await ScenarioFileAsync("""{ "demandFactr": 2 }""");

        var (exitCode, output) = await _cli.RunAsync("gaps", "--region", "DE", "--scenario", file, "--store", _cli.Store());

        Assert.Equal(2, exitCode);
        Assert.Contains("$.demandFactr", output);
    }
}
