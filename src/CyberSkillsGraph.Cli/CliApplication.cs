using System.CommandLine;
using CyberSkillsGraph.Cli.Commands;
using Spectre.Console;

namespace CyberSkillsGraph.Cli;

/// <summary>The <c>cyberskills</c> command line, built around a console so that tests can read what it prints.</summary>
internal static class CliApplication
{
    public static RootCommand Create(IAnsiConsole console) =>
        new("cyberskills: import, export and analyse the CyberSkillsGraph.")
        {
            ImportCommand.Create(console),
            ExportCommand.Create(console),
            GenerateCommand.Create(console),
            GapsCommand.Create(console),
            LearningPathCommand.Create(console),
            CoverageCommand.Create(console),
            MappingsCommand.Create(console),
            NiceCommand.Create(console),
            CatalogueCommand.Create(console),
        };

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        try
        {
            // Our handler below turns expected failures into a message and an exit code; anything else should crash loudly.
            var invocation = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Profile.Out.Writer,
                Error = console.Profile.Out.Writer,
            };
            return await Create(console).Parse(args).InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception e) when (e is UsageException or FileNotFoundException or DirectoryNotFoundException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.Usage;
        }
    }
}
