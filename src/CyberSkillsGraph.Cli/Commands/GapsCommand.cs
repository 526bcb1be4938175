using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Scenarios;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary><c>cyberskills gaps --region JP [--year 2023] [--include-proposed] [--scenario FILE] [--format table|json|csv]</c>: the regionGaps report, under a what-if scenario when one is given.</summary>
internal static class GapsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var region = new Option<string>("--region") { Description = "Region code, such as JP, EU or DE.", Required = true };
        var year = new Option<int?>("--year") { Description = "Demand year; default: the latest year with demand in the region." };
        var includeProposed = new Option<bool>("--include-proposed") { Description = "Preview: count proposed mappings as if approved when counting supply." };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var scenarioFile = new Option<FileInfo?>("--scenario") { Description = "A what-if scenario (JSON, see docs/semantics.md): the report as if it were written, each row beside the stored one." };
        var store = StoreOption.Create();
        var command = new Command("gaps", "Show the skill gaps of a region: demand, supply and status per competence and level.") { region, year, includeProposed, scenarioFile, format, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var scenario = result.GetValue(scenarioFile) is { } file ? ReadScenario(file) : null;
            // --include-proposed applies to a scenario too, as its own includeProposed does.
            if (scenario is not null && result.GetValue(includeProposed)) scenario = scenario with { IncludeProposed = true };
            var snapshot = await SnapshotLoader.LoadAsync(result.GetValue(store), cancellationToken);
            if (scenario is null)
            {
                var report = AnalysisArguments.Run(() => GraphAnalyses.RegionGaps(snapshot, result.GetRequiredValue(region), result.GetValue(year), result.GetValue(includeProposed)));
                Write(console, report, [.. report.Rows.Select(r => new ScenarioGapRow(r, null))], null, result.GetValue(format));
                return ExitCodes.Ok;
            }
            try
            {
                var answer = AnalysisArguments.Run(() => ScenarioAnalyses.RegionGaps(snapshot, result.GetRequiredValue(region), result.GetValue(year), scenario));
                Write(console, answer, answer.Scenario!.Rows, answer.Scenario, result.GetValue(format));
                return ExitCodes.Ok;
            }
            catch (ScenarioInputException e)
            {
                foreach (var problem in e.Problems) console.Profile.Out.Writer.WriteLine($"--scenario {problem}");
                return ExitCodes.InvalidData;
            }
        });
        return command;
    }

    private static Scenario ReadScenario(FileInfo file)
    {
        var (scenario, problems) = ScenarioJson.Read(File.ReadAllText(file.FullName));
        return scenario ?? throw new UsageException($"--scenario {file.Name}: " + string.Join("; ", problems));
    }

    /// <summary>Writes the report; with a scenario's answer every format adds each row's baseline and changes, and the totals' changes.</summary>
    private static void Write(IAnsiConsole console, RegionGapReport report, IReadOnlyList<ScenarioGapRow> rows, ScenarioComparison? scenario, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                object Row(ScenarioGapRow x) => new
                {
                    competence = x.Row.Competence.Id, x.Row.Level, x.Row.Demand, x.Row.Supply, x.Row.PartialSupply, x.Row.Gap, x.Row.CoverageRatio, x.Row.Accessible,
                    status = Word(x.Row.Status), roles = x.Row.Roles.Select(r => r.Id),
                };
                object document = scenario is null
                    ? new { region = report.Region.Code, year = report.Year, includeProposed = report.IncludeProposed, totals = Totals(report.Totals), rows = rows.Select(Row) }
                    : new
                    {
                        region = report.Region.Code, year = report.Year, includeProposed = report.IncludeProposed, totals = Totals(report.Totals),
                        baselineTotals = Totals(scenario.Baseline.Totals), totalsDelta = Totals(scenario.TotalsDelta),
                        rows = rows.Select(x => new
                        {
                            row = Row(x),
                            baseline = x.Baseline is null ? null : new { x.Baseline.Demand, x.Baseline.Supply, x.Baseline.Gap, status = Word(x.Baseline.Status) },
                            x.DemandDelta, x.SupplyDelta, x.GapDelta,
                        }),
                    };
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(document, CliJson.Options));
                break;
            case OutputFormat.Csv:
                var writer = console.Profile.Out.Writer;
                string[] header = ["competence", "title", "level", "demand", "supply", "partialSupply", "gap", "coverageRatio", "accessible", "status", "roles"];
                string[] deltas = ["baselineDemand", "baselineSupply", "baselineGap", "baselineStatus", "demandDelta", "supplyDelta", "gapDelta"];
                writer.WriteLine(CsvWriter.Line([.. header, .. scenario is null ? [] : deltas]));
                foreach (var x in rows)
                {
                    var r = x.Row;
                    object?[] cells = [r.Competence.Id, r.Competence.Title, r.Level, r.Demand, r.Supply, r.PartialSupply, r.Gap,
                        r.CoverageRatio?.ToString("0.###", CultureInfo.InvariantCulture), r.Accessible ? "true" : "false",
                        Word(r.Status), string.Join(' ', r.Roles.Select(role => role.Id))];
                    object?[] changes = [x.Baseline?.Demand, x.Baseline?.Supply, x.Baseline?.Gap, x.Baseline is null ? null : Word(x.Baseline.Status), x.DemandDelta, x.SupplyDelta, x.GapDelta];
                    writer.WriteLine(CsvWriter.Line([.. cells, .. scenario is null ? [] : changes]));
                }
                break;
            default:
                // At most TableWidth columns: titles are shortened and roles counted; json and csv carry them in full.
                var table = new Table().Title($"Skill gaps in {report.Region.Name} ({report.Region.Code}), {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "no demand"}{(scenario is null ? "" : ", under the scenario")}")
                    .AddColumns("Competence", "Level", "Demand", "Supply", "Partial", "Gap", "Status", "Roles")
                    .Width(Math.Min(TableWidth, console.Profile.Width));
                if (scenario is not null) table.AddColumns("Gap before", "Status before");
                foreach (var x in rows)
                {
                    var r = x.Row;
                    string[] cells = [Markup.Escape($"{r.Competence.Code} {Shorten(r.Competence.Title)}"), Text(r.Level), Text(r.Demand), Text(r.Supply), Text(r.PartialSupply),
                        Text(r.Gap), StatusMarkup(r.Status), Text(r.Roles.Count)];
                    string[] before = x.Baseline is null ? ["-", "-"] : [Text(x.Baseline.Gap), StatusMarkup(x.Baseline.Status)];
                    table.AddRow([.. cells, .. scenario is null ? [] : before]);
                }
                console.Write(table);
                console.MarkupLineInterpolated($"Openings {report.Totals.Openings}; rows missing {report.Totals.Missing}, shortage {report.Totals.Shortage}, covered {report.Totals.Covered}.");
                if (scenario is { TotalsDelta: var d })
                    console.MarkupLineInterpolated($"Change against the stored graph: openings {Signed(d.Openings)}; missing {Signed(d.Missing)}, shortage {Signed(d.Shortage)}, covered {Signed(d.Covered)}.");
                break;
        }
    }

    private const int TableWidth = 100;
    private const int TitleLength = 32;

    private static string Shorten(string title) => title.Length <= TitleLength ? title : title[..(TitleLength - 1)] + "…";

    private static object Totals(GapTotals t) => new { t.Openings, t.Missing, t.Shortage, t.Covered };

    private static string Word(GapStatus status) => status.ToString().ToUpperInvariant();

    private static string Signed(long value) => value.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string StatusMarkup(GapStatus status) => status switch
    {
        GapStatus.Missing => "[red]MISSING[/]",
        GapStatus.Shortage => "[yellow]SHORTAGE[/]",
        _ => "[green]COVERED[/]",
    };
}
