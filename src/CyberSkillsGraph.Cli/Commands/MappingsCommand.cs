using System.CommandLine;
using System.Text;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Sssom;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary>
/// <c>cyberskills mappings export --format sssom FILE</c> and <c>cyberskills mappings import FILE</c>:
/// every mapping of the graph as one SSSOM mapping set, and such a set read back, all of it or none.
/// </summary>
internal static class MappingsCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("mappings", "Exchange mappings with other tools in SSSOM (TSV with a YAML metadata block).") { Export(console), Import(console) };

    private static Command Export(IAnsiConsole console)
    {
        var file = new Argument<string>("file") { Description = "The SSSOM file to write." };
        var format = new Option<string>("--format") { Description = "Exchange format; sssom is the one supported.", DefaultValueFactory = _ => "sssom" };
        format.AcceptOnlyFromAmong("sssom");
        var store = StoreOption.Create();
        var command = new Command("export", "Write every mapping as an SSSOM mapping set.") { file, format, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var graph = StoreOption.Open(result.GetValue(store));
            await graph.InitializeAsync(cancellationToken);
            var content = await graph.LoadAsync(cancellationToken);
            var path = result.GetRequiredValue(file);
            await File.WriteAllTextAsync(path, SssomWriter.Write(content), new UTF8Encoding(false), cancellationToken);
            console.MarkupLineInterpolated($"Exported {content.Mappings.Count()} mapping(s) at revision {content.Revision} to {path}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(IAnsiConsole console)
    {
        var file = new Argument<string>("file") { Description = "An SSSOM file; its mappings are imported together, or none when any row is invalid." };
        var store = StoreOption.Create();
        var command = new Command("import", "Read an SSSOM mapping set and store its mappings: all of them, or nothing.") { file, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetRequiredValue(file);
            if (new FileInfo(path).Length > SssomReader.MaxBytes) throw new UsageException($"{path}: larger than {SssomReader.MaxBytes} bytes");
            var read = SssomReader.Read(await File.ReadAllTextAsync(path, cancellationToken));
            IReadOnlyList<string> problems = [.. read.Problems.Select(p => p.ToString())];
            var name = Path.GetFileName(path);
            if (read.Dataset is { } dataset)
            {
                var graph = StoreOption.Open(result.GetValue(store));
                await graph.InitializeAsync(cancellationToken);
                var imported = await new DatasetImporter(graph).ImportAsync([new NamedDataset(name, dataset)], [], null, null, cancellationToken);
                if (imported.Succeeded)
                {
                    console.MarkupLineInterpolated($"Imported {dataset.Mappings.Count} mapping(s) from {name}; the graph is at revision {imported.Revision}.");
                    return ExitCodes.Ok;
                }
                problems = [.. imported.Problems.Select(p => read.Locate(p)?.ToString() ?? p.ToString())];
            }
            console.MarkupLineInterpolated($"[red]Nothing was imported: {problems.Count} problem(s) in {name}.[/]");
            foreach (var problem in problems) console.WriteLine(problem);
            return ExitCodes.InvalidData;
        });
        return command;
    }
}
