using CyberSkillsGraph.Cli;
using Spectre.Console;

// Piped output (CI logs, scripts) keeps each problem on one line instead of wrapping at 80 columns.
if (Console.IsOutputRedirected) AnsiConsole.Console.Profile.Width = 4096;
return await CliApplication.RunAsync(args, AnsiConsole.Console);
