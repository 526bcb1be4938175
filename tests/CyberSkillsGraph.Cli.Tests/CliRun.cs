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

    /// <summary>Runs with output redirected, as in a pipe or a CI log.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(terminal: false, args);

    /// <summary>Runs as on an interactive terminal that understands ANSI escapes.</summary>
    public Task<(int ExitCode, string Output)> RunOnTerminalAsync(params string[] args) => RunAsync(terminal: true, args);

    private static async Task<(int ExitCode, string Output)> RunAsync(bool terminal, string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
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
