using System.CommandLine;
using System.Text.Json;
using CyberSkillsGraph.Analysis;
using Spectre.Console;

namespace CyberSkillsGraph.Cli.Commands;

/// <summary><c>cyberskills learning-path --role ECSF:CISO --region DE</c>: the programmes to take, in order.</summary>
internal static class LearningPathCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var role = new Option<string>("--role") { Description = "Role id, such as ECSF:CISO.", Required = true };
        var region = new Option<string>("--region") { Description = "Region code of the learner.", Required = true };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var store = StoreOption.Create();
        var command = new Command("learning-path", "Plan the programmes a learner in a region can take to meet a role's requirements.") { role, region, format, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var snapshot = await SnapshotLoader.LoadAsync(result.GetValue(store), cancellationToken);
            var path = AnalysisArguments.Run(() => GraphAnalyses.LearningPath(snapshot, result.GetRequiredValue(role), result.GetRequiredValue(region)));
            if (result.GetValue(format) == OutputFormat.Json)
            {
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
                {
                    role = path.Role.Id, region = path.Region.Code, path.TotalHours,
                    steps = path.Steps.Select(s => new { programme = s.Programme.Id, s.Programme.Hours, covers = s.Covers.Select(c => $"{c.Competence}@{c.Level}") }),
                    uncovered = path.Uncovered.Select(c => $"{c.Competence}@{c.Level}"),
                }, CliJson.Options));
                return ExitCodes.Ok;
            }
            var table = new Table().Title(Markup.Escape($"Learning path to {path.Role.Title} from {path.Region.Name}")).AddColumns("#", "Programme", "Hours", "Covers");
            for (var i = 0; i < path.Steps.Count; i++)
            {
                var step = path.Steps[i];
                table.AddRow($"{i + 1}", Markup.Escape($"{step.Programme.Id} {step.Programme.Title}"), $"{step.Programme.Hours}",
                    Markup.Escape(string.Join(", ", step.Covers.Select(c => $"{c.Competence}@{c.Level}"))));
            }
            console.Write(table);
            console.MarkupLineInterpolated($"Total {path.TotalHours} hours; uncovered: {(path.Uncovered.Count == 0 ? "none" : string.Join(", ", path.Uncovered.Select(c => $"{c.Competence}@{c.Level}")))}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
