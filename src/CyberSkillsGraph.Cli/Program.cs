using CyberSkillsGraph.Cli;
using Spectre.Console;

// Piped output (CI logs, scripts) keeps each problem on one line instead of wrapping at 80 columns,
// and gets no progress bars (ProgressConsole draws them only on an interactive terminal).
if (Console.IsOutputRedirected)
{
    AnsiConsole.Console.Profile.Width = 4096;
    AnsiConsole.Console.Profile.Capabilities.Interactive = false;
}
return await CliApplication.RunAsync(args, AnsiConsole.Console);
