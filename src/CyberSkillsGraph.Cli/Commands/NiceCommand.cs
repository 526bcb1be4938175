using System.CommandLine;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Importers;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary><c>cyberskills nice import FILE [--framework NICE] [--dataset ID] [--dry-run]</c>: NIST's NICE components file (CPRT JSON) as a role framework.</summary>
internal static class NiceCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("nice", "Read NIST's NICE Framework components file.") { Import(console) };

    private static Command Import(IAnsiConsole console)
    {
        var file = new Argument<string>("file") { Description = "The components file in CPRT JSON, for example v2_nf_components.json from csrc.nist.gov." };
        var framework = new Option<string>("--framework") { Description = "Framework id to load the work roles under.", DefaultValueFactory = _ => "NICE" };
        var dataset = new Option<string>("--dataset") { Description = "Dataset id for the imported records.", DefaultValueFactory = _ => "nice-cprt" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file against the graph and report, without writing anything." };
        var store = StoreOption.Create();
        var command = new Command("import", "Import the work role categories and work roles of a CPRT components file: all of them, or nothing.") { file, framework, dataset, dryRun, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetRequiredValue(file);
            if (new FileInfo(path).Length > NiceCprtConverter.MaxBytes) throw new UsageException($"{path}: larger than {NiceCprtConverter.MaxBytes} bytes");
            var name = Path.GetFileName(path);
            var converted = NiceCprtConverter.Convert(await File.ReadAllTextAsync(path, cancellationToken),
                result.GetRequiredValue(framework), result.GetRequiredValue(dataset), "NIST CPRT components file " + name);
            var graph = StoreOption.Open(result.GetValue(store));
            await graph.InitializeAsync(cancellationToken);
            var documents = converted.Dataset is { } d ? new[] { new NamedDataset(name, d) } : [];
            IReadOnlyList<DatasetProblem> problems = [.. converted.Problems.Select(p => p with { Document = name })];
            if (problems.Count == 0 && result.GetValue(dryRun))
                problems = DatasetValidator.Validate(documents, await graph.LoadAsync(cancellationToken));
            else if (problems.Count == 0)
            {
                var imported = await new DatasetImporter(graph).ImportAsync(documents, [], null, null, cancellationToken);
                if (imported.Succeeded)
                {
                    console.MarkupLineInterpolated($"Imported {converted.Dataset!.Roles.Count} work roles in {converted.Dataset.Frameworks[0].Categories.Count} categories from {name}; the graph is at revision {imported.Revision}.");
                    return ExitCodes.Ok;
                }
                problems = imported.Problems;
            }
            if (problems.Count == 0)
            {
                console.MarkupLineInterpolated($"Dry run: {converted.Dataset!.Roles.Count} work roles in {converted.Dataset.Frameworks[0].Categories.Count} categories would be imported from {name}; nothing was written.");
                return ExitCodes.Ok;
            }
            console.MarkupLineInterpolated($"[red]Nothing was imported: {problems.Count} problem(s).[/]");
            foreach (var problem in problems) console.WriteLine(problem.ToString());
            return ExitCodes.InvalidData;
        });
        return command;
    }
}
