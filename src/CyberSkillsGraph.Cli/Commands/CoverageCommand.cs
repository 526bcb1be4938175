using System.CommandLine;
using System.Text.Json;
using CyberSkillsGraph.Analysis;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary><c>cyberskills coverage --source ECSF --target NICE [--max-hops 3]</c>: how well one framework covers another.</summary>
internal static class CoverageCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var source = new Option<string>("--source") { Description = "Framework whose competences and roles need covering.", Required = true };
        var target = new Option<string>("--target") { Description = "Framework that should cover them.", Required = true };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest mapping path followed, 1..5.", DefaultValueFactory = _ => GraphAnalyses.DefaultMaxHops };
        var includeProposed = new Option<bool>("--include-proposed") { Description = "Preview: count proposed mappings as if approved; each path says whether it used one." };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var store = StoreOption.Create();
        var command = new Command("coverage", "Show how well a target framework covers a source framework through approved mappings.") { source, target, maxHops, includeProposed, format, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var snapshot = await SnapshotLoader.LoadAsync(result.GetValue(store), cancellationToken);
            var report = AnalysisArguments.Run(() => GraphAnalyses.FrameworkCoverage(snapshot, result.GetRequiredValue(source), result.GetRequiredValue(target), result.GetValue(maxHops), result.GetValue(includeProposed)));
            if (result.GetValue(format) == OutputFormat.Json)
            {
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
                {
                    report.Source, report.Target, report.MaxHops,
                    shares = report.Shares.Select(s => new { kind = s.Kind.ToString().ToLowerInvariant(), s.Total, s.Equal, s.Full, s.Partial, s.None }),
                    elements = report.Elements.Select(e => new
                    {
                        e.Id, kind = e.Kind.ToString().ToLowerInvariant(), @class = e.Class.ToString().ToUpperInvariant(),
                        best = e.Best?.Target, hops = e.Best?.Hops, minStrength = e.Best?.MinStrength, path = e.Best?.Path, usesProposed = e.Best?.UsesProposed,
                    }),
                }, CliJson.Options));
                return ExitCodes.Ok;
            }
            var shares = new Table().Title(Markup.Escape($"{report.Source} covered by {report.Target} (at most {report.MaxHops} hops)"))
                .AddColumns("Kind", "Total", "EQUAL", "FULL", "PARTIAL", "NONE");
            foreach (var s in report.Shares)
                shares.AddRow(s.Kind.ToString(), $"{s.Total}", $"{s.Equal}", $"{s.Full}", $"{s.Partial}", $"{s.None}");
            console.Write(shares);
            var elements = new Table().AddColumns("Element", "Class", "Best target", "Hops", "Path");
            foreach (var e in report.Elements)
                elements.AddRow(Markup.Escape(e.Id), e.Class.ToString().ToUpperInvariant(), Markup.Escape(e.Best?.Target ?? "-"), $"{e.Best?.Hops}",
                    Markup.Escape(e.Best is null ? "" : string.Join(" → ", e.Best.Path) + (e.Best.UsesProposed ? " (proposed)" : "")));
            console.Write(elements);
            return ExitCodes.Ok;
        });
        return command;
    }
}
