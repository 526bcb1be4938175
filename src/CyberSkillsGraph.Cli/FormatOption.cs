using System.CommandLine;

namespace CyberSkillsGraph.Cli;

/// <summary>The --format option of a command that prints in the given formats; any other word is an error listing them.</summary>
internal static class FormatOption
{
    public static Option<OutputFormat> Create(params OutputFormat[] formats)
    {
        var names = string.Join(", ", formats.Select(Name));
        return new Option<OutputFormat>("--format")
        {
            Description = names + ".",
            DefaultValueFactory = _ => OutputFormat.Table,
            CustomParser = result =>
            {
                var word = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                foreach (var format in formats)
                {
                    if (string.Equals(Name(format), word, StringComparison.OrdinalIgnoreCase)) return format;
                }
                result.AddError($"--format: '{word}' is not one of {names}.");
                return OutputFormat.Table;
            },
        };
    }

    private static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
