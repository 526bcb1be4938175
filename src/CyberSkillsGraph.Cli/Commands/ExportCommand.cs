using System.CommandLine;
using System.Globalization;
using System.Text;
using CyberSkillsGraph.Domain.Datasets;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary>
/// <c>cyberskills export &lt;dir&gt;</c>: one document per dataset, numbered in the order the datasets were
/// first imported. Importing the folder into an empty store and exporting again gives the same files.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var directory = new Argument<string>("dir") { Description = "Folder to write the documents to; it is created when missing." };
        var store = StoreOption.Create();
        var command = new Command("export", "Export the graph as dataset documents, one per dataset.") { directory, store };
        command.SetAction((result, cancellationToken) =>
            RunAsync(console, result.GetRequiredValue(directory), result.GetValue(store), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, string directory, string? storeSpec, CancellationToken cancellationToken)
    {
        var content = await StoreOption.LoadExistingAsync(storeSpec, cancellationToken);
        Directory.CreateDirectory(directory);
        var width = Math.Max(2, content.Datasets.Count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < content.Datasets.Count; i++)
        {
            var dataset = content.Datasets[i];
            var name = $"{(i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}-{FileName(dataset.Info.Id)}.json";
            await using var file = File.Create(Path.Combine(directory, name));
            await DatasetWriter.WriteAsync(dataset, file, cancellationToken);
        }
        console.MarkupLineInterpolated($"Exported {content.Datasets.Count} dataset(s) at revision {content.Revision} to {directory}.");
        return ExitCodes.Ok;
    }

    /// <summary>A dataset id made safe as a file name on every platform.</summary>
    private static string FileName(string id)
    {
        var name = new StringBuilder(id.Length);
        foreach (var c in id) name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return name.ToString();
    }
}
