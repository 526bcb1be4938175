using System.CommandLine;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Storage;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary><c>cyberskills import &lt;file|dir&gt;</c>: validates the documents and writes them as one change set, or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var path = new Argument<string>("path") { Description = "A dataset document, or a folder whose *.json files are imported together." };
        var store = StoreOption.Create();
        var command = new Command("import", "Import dataset documents: all of them, or nothing when any record is invalid.") { path, store };
        command.SetAction((result, cancellationToken) =>
            RunAsync(console, result.GetRequiredValue(path), result.GetValue(store), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, string path, string? storeSpec, CancellationToken cancellationToken)
    {
        var store = StoreOption.Open(storeSpec);
        var files = DatasetFiles.Find(path);
        WriteResult? result = null;
        await ProgressConsole.For(console).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask("Reading", maxValue: files.Count);
                var fileProgress = new Progress<string>(_ => reading.Increment(1));
                await store.InitializeAsync(cancellationToken);
                var (documents, problems) = await DatasetFiles.ReadAsync(files, fileProgress, cancellationToken);
                reading.Value = files.Count;

                var records = documents.Sum(d => d.Dataset.RecordCount);
                var writing = context.AddTask("Validating and writing", maxValue: Math.Max(records, 1));
                var recordProgress = new SynchronousProgress<int>(written => writing.Value = written);
                result = await new DatasetImporter(store).ImportAsync(documents, problems, null, recordProgress, cancellationToken);
                writing.Value = writing.MaxValue;
            });

        if (!result!.Succeeded)
        {
            console.MarkupLineInterpolated($"[red]Nothing was imported: {result.Problems.Count} problem(s).[/]");
            foreach (var problem in result.Problems) console.WriteLine(problem.ToString());
            return ExitCodes.InvalidData;
        }
        console.MarkupLineInterpolated($"Imported {result.Records} records from {files.Count} file(s); the graph is at revision {result.Revision}.");
        return ExitCodes.Ok;
    }
}
