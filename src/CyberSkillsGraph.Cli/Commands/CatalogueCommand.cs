using System.CommandLine;
using System.Text;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Importers;
using CyberSkillsGraph.Domain.Model;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary><c>cyberskills catalogue import FILE [--dataset ID] [--dry-run]</c>: a provider's training catalogue in the documented CSV layout.</summary>
internal static class CatalogueCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("catalogue", "Read a provider's training catalogue (CSV, layout in docs/exchange.md).") { Import(console) };

    private static Command Import(IAnsiConsole console)
    {
        var file = new Argument<string>("file") { Description = "The catalogue as CSV (UTF-8, comma-separated, header row first)." };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset id for the imported records; default: catalogue-<file name>." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report every problem by row and column, or what would be imported, without writing anything." };
        var store = StoreOption.Create();
        var command = new Command("import", "Import the providers and programmes of a catalogue: all of them, or nothing.") { file, dataset, dryRun, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetRequiredValue(file);
            if (new FileInfo(path).Length > TrainingCatalogueCsv.MaxBytes) throw new UsageException($"{path}: larger than {TrainingCatalogueCsv.MaxBytes} bytes");
            var name = Path.GetFileName(path);
            var info = new DatasetInfo(result.GetValue(dataset) ?? DefaultId(name), $"Training catalogue {name}", name);
            CatalogueReadResult read;
            using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                read = TrainingCatalogueCsv.Read(reader, info);
            IReadOnlyList<CatalogueProblem> problems = read.Problems;
            if (read.Dataset is { } catalogue)
            {
                var graph = StoreOption.Open(result.GetValue(store));
                await graph.InitializeAsync(cancellationToken);
                var documents = new[] { new NamedDataset(name, catalogue) };
                // Every problem is reported before anything is written: those of the rows, then those against the graph.
                var invalid = DatasetValidator.Validate(documents, await graph.LoadAsync(cancellationToken)).Select(p => TrainingCatalogueCsv.Locate(p, read));
                problems = [.. read.Problems.Concat(invalid).Distinct().OrderBy(p => p.Row)];
                if (problems.Count == 0 && result.GetValue(dryRun))
                {
                    console.MarkupLineInterpolated($"Dry run: {catalogue.Providers.Count} provider(s) and {catalogue.TrainingProgrammes.Count} programme(s) from {name} are valid; nothing was written.");
                    return ExitCodes.Ok;
                }
                if (problems.Count == 0)
                {
                    var imported = await new DatasetImporter(graph).ImportAsync(documents, [], null, null, cancellationToken);
                    if (imported.Succeeded)
                    {
                        console.MarkupLineInterpolated($"Imported {catalogue.Providers.Count} provider(s) and {catalogue.TrainingProgrammes.Count} programme(s) from {name}; the graph is at revision {imported.Revision}.");
                        return ExitCodes.Ok;
                    }
                    problems = [.. imported.Problems.Select(p => TrainingCatalogueCsv.Locate(p, read))];
                }
            }
            console.MarkupLineInterpolated($"[red]Nothing was imported: {problems.Count} problem(s) in {name}.[/]");
            foreach (var problem in problems) console.WriteLine(problem.ToString());
            return ExitCodes.InvalidData;
        });
        return command;
    }

    private static string DefaultId(string fileName)
    {
        var id = new StringBuilder("catalogue-");
        foreach (var c in Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant()) id.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return id.ToString().TrimEnd('-');
    }
}
