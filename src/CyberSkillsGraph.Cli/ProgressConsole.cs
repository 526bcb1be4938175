using Spectre.Console;

namespace CyberSkillsGraph.Cli;

/// <summary>
/// Where progress bars are drawn: the console itself on an interactive terminal, else nowhere, so that
/// output redirected to a file or a pipe holds only the results and messages, not "Writing: 40%" lines.
/// </summary>
internal static class ProgressConsole
{
    public static IAnsiConsole For(IAnsiConsole console) =>
        console.Profile.Capabilities is { Interactive: true, Ansi: true }
            ? console
            : AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(TextWriter.Null),
                Ansi = AnsiSupport.No,
                Interactive = InteractionSupport.No,
            });
}
