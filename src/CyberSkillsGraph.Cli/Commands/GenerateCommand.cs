using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CyberSkillsGraph.Cli.Synthetic;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary>
/// <c>cyberskills generate --scale S|M|L [--seed 42] &lt;dir&gt;</c>: writes a synthetic graph for benchmarks as
/// numbered dataset documents that <c>cyberskills import &lt;dir&gt;</c> takes as they are. The same scale and
/// seed always write the same bytes.
/// </summary>
internal static class GenerateCommand
{
    public const int DefaultSeed = 42;

    public static Command Create(IAnsiConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "Folder to write the documents to; it is created when missing." };
        var scale = new Option<SyntheticScale>("--scale")
        {
            Description = "How much to generate: S (2,000 programmes), M (20,000) or L (200,000 programmes, ~1.2 million develops edges).",
            HelpName = "S|M|L",
            Required = true,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (SyntheticScale.TryParse(token, out var parsed)) return parsed;
                result.AddError($"--scale: '{token}' is not one of {string.Join(", ", SyntheticScale.All.Select(s => s.Name))}.");
                return null;
            },
        };
        scale.CompletionSources.Add([.. SyntheticScale.All.Select(s => s.Name)]);
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the random generator; the same scale and seed give byte-identical files.",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var command = new Command("generate", "Generate a synthetic graph for benchmarks as dataset documents.") { directory, scale, seed };
        command.SetAction((result, cancellationToken) =>
            RunAsync(console, result.GetRequiredValue(directory), result.GetRequiredValue(scale), result.GetValue(seed), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, string directory, SyntheticScale scale, int seed, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(directory);
        IReadOnlyList<Dataset> datasets = [];
        var written = new List<(string File, Dataset Dataset, long Bytes)>();
        await ProgressConsole.For(console).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var generating = context.AddTask($"Generating scale {scale.Name} (seed {seed.ToString(CultureInfo.InvariantCulture)})", maxValue: 1);
                generating.IsIndeterminate = true;
                datasets = await Task.Run(() => SyntheticGraphGenerator.Generate(scale, seed), cancellationToken);
                generating.IsIndeterminate = false;
                generating.Value = 1;

                var records = datasets.Sum(d => d.RecordCount);
                var writing = context.AddTask("Writing", maxValue: Math.Max(records, 1));
                for (var i = 0; i < datasets.Count; i++)
                {
                    var dataset = datasets[i];
                    var name = $"{(i + 1).ToString("D2", CultureInfo.InvariantCulture)}-{dataset.Info.Id}.json";
                    writing.Description = $"Writing {name}";
                    var path = Path.Combine(directory, name);
                    await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                    {
                        await DatasetWriter.WriteAsync(dataset, file, cancellationToken);
                    }
                    written.Add((name, dataset, new FileInfo(path).Length));
                    writing.Increment(dataset.RecordCount);
                }
                writing.Description = "Writing";
                writing.Value = writing.MaxValue;
            });

        console.Write(Summary(written));
        var all = datasets.SelectMany(d => d.TrainingProgrammes).Sum(p => p.Develops.Count);
        var approved = datasets.SelectMany(d => d.Mappings).Count(m => m.Status == MappingStatus.Approved);
        console.MarkupLineInterpolated(
            $"Generated scale {scale.Name} with seed {seed.ToString(CultureInfo.InvariantCulture)}: {Count(datasets.Sum(d => d.RecordCount))} records, {Count(approved)} approved mappings and {Count(all)} develops edges, written to {directory} in {stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
        var others = Directory.EnumerateFiles(directory, "*.json")
            .Select(Path.GetFileName)
            .Where(name => written.All(w => w.File != name))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (others.Count > 0)
            console.MarkupLineInterpolated($"[yellow]The folder also holds {others.Count} other *.json file(s) ({string.Join(", ", others)}); `cyberskills import {directory}` would import them too.[/]");
        return ExitCodes.Ok;
    }

    private static Table Summary(IReadOnlyList<(string File, Dataset Dataset, long Bytes)> written)
    {
        var table = new Table().AddColumns("File", "Contents", "Records", "Size");
        table.Columns[2].RightAligned();
        table.Columns[3].RightAligned();
        foreach (var (file, dataset, bytes) in written)
        {
            var contents = new List<string>();
            void Add(string what, int count)
            {
                if (count > 0) contents.Add($"{Count(count)} {what}");
            }
            Add("regions", dataset.Regions.Count);
            Add("frameworks", dataset.Frameworks.Count);
            Add("competences", dataset.Competences.Count);
            Add("roles", dataset.Roles.Count);
            Add("mappings", dataset.Mappings.Count);
            Add("providers", dataset.Providers.Count);
            Add("programmes", dataset.TrainingProgrammes.Count);
            Add("develops edges", dataset.TrainingProgrammes.Sum(p => p.Develops.Count));
            Add("demand entries", dataset.Demand.Count);
            table.AddRow(
                Markup.Escape(file),
                Markup.Escape(string.Join(", ", contents)),
                Count(dataset.RecordCount),
                Markup.Escape(Size(bytes)));
        }
        return table;
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.InvariantCulture)} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KiB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} MiB",
    };
}
