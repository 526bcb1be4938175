using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Tests;

/// <summary>Runs the command line in-process against a temporary folder and captures what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "csg-cli-" + Guid.NewGuid().ToString("N"));

    public CliRun() => Directory.CreateDirectory(Folder);

    public string Store(string name = "graph.db") => "sqlite:" + Path.Combine(Folder, name);

    public string PathOf(string name) => Path.Combine(Folder, name);

    public static string SeedData => Path.Combine(AppContext.BaseDirectory, "seed-data");

    public static string WorkedExample => Path.Combine(AppContext.BaseDirectory, "TestData", "worked-example.json");

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 4096;
        var exitCode = await CliApplication.RunAsync(args, console, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
