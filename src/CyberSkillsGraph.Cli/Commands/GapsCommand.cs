using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary><c>cyberskills gaps --region JP [--year 2023] [--include-proposed] [--format table|json|csv]</c>: the regionGaps report.</summary>
internal static class GapsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var region = new Option<string>("--region") { Description = "Region code, such as JP, EU or DE.", Required = true };
        var year = new Option<int?>("--year") { Description = "Demand year; default: the latest year with demand in the region." };
        var includeProposed = new Option<bool>("--include-proposed") { Description = "Preview: count proposed mappings as if approved when counting supply." };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var store = StoreOption.Create();
        var command = new Command("gaps", "Show the skill gaps of a region: demand, supply and status per competence and level.") { region, year, includeProposed, format, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var snapshot = await SnapshotLoader.LoadAsync(result.GetValue(store), cancellationToken);
            var report = AnalysisArguments.Run(() => GraphAnalyses.RegionGaps(snapshot, result.GetRequiredValue(region), result.GetValue(year), result.GetValue(includeProposed)));
            Write(console, report, result.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, RegionGapReport report, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
                {
                    region = report.Region.Code,
                    year = report.Year,
                    includeProposed = report.IncludeProposed,
                    totals = new { report.Totals.Openings, report.Totals.Missing, report.Totals.Shortage, report.Totals.Covered },
                    rows = report.Rows.Select(r => new
                    {
                        competence = r.Competence.Id, r.Level, r.Demand, r.Supply, r.PartialSupply, r.Gap, r.CoverageRatio, r.Accessible,
                        status = r.Status.ToString().ToUpperInvariant(), roles = r.Roles.Select(x => x.Id),
                    }),
                }, CliJson.Options));
                break;
            case OutputFormat.Csv:
                var writer = console.Profile.Out.Writer;
                writer.WriteLine(CsvWriter.Line("competence", "title", "level", "demand", "supply", "partialSupply", "gap", "coverageRatio", "accessible", "status", "roles"));
                foreach (var r in report.Rows)
                    writer.WriteLine(CsvWriter.Line(r.Competence.Id, r.Competence.Title, r.Level, r.Demand, r.Supply, r.PartialSupply, r.Gap,
                        r.CoverageRatio?.ToString("0.###", CultureInfo.InvariantCulture), r.Accessible ? "true" : "false",
                        r.Status.ToString().ToUpperInvariant(), string.Join(' ', r.Roles.Select(x => x.Id))));
                break;
            default:
                // At most TableWidth columns: titles are shortened and roles counted; json and csv carry them in full.
                var table = new Table().Title($"Skill gaps in {report.Region.Name} ({report.Region.Code}), {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "no demand"}")
                    .AddColumns("Competence", "Level", "Demand", "Supply", "Partial", "Gap", "Status", "Roles")
                    .Width(Math.Min(TableWidth, console.Profile.Width));
                foreach (var r in report.Rows)
                    table.AddRow(Markup.Escape($"{r.Competence.Code} {Shorten(r.Competence.Title)}"), Text(r.Level), Text(r.Demand), Text(r.Supply), Text(r.PartialSupply),
                        Text(r.Gap), StatusMarkup(r.Status), Text(r.Roles.Count));
                console.Write(table);
                console.MarkupLineInterpolated($"Openings {report.Totals.Openings}; rows missing {report.Totals.Missing}, shortage {report.Totals.Shortage}, covered {report.Totals.Covered}.");
                break;
        }
    }

    private const int TableWidth = 100;
    private const int TitleLength = 32;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string title) => title.Length <= TitleLength ? title : title[..(TitleLength - 1)] + "…";

    private static string StatusMarkup(GapStatus status) => status switch
    {
        GapStatus.Missing => "[red]MISSING[/]",
        GapStatus.Shortage => "[yellow]SHORTAGE[/]",
        _ => "[green]COVERED[/]",
    };
}
