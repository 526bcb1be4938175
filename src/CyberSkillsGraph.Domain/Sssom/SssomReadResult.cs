using System.Text.RegularExpressions;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Sssom;

/// <summary>
/// What <see cref="SssomReader"/> made of a file: the mapping set as a dataset (null when any
/// problem was found), every problem, and for each mapping the line it came from and the column
/// of each field, so that later checks can point into the file too.
/// </summary>
public sealed partial record SssomReadResult(Dataset? Dataset, IReadOnlyList<SssomProblem> Problems, IReadOnlyList<int> MappingLines, IReadOnlyDictionary<string, int> FieldColumns)
{
    /// <summary>A validator problem about <c>$.mappings[i].field</c> told as the line and column of the file it came from; null for any other path.</summary>
    public SssomProblem? Locate(DatasetProblem problem)
    {
        var match = MappingPath().Match(problem.Path);
        if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, out var index) || index >= MappingLines.Count) return null;
        var column = match.Groups[2].Success ? FieldColumns.GetValueOrDefault(match.Groups[2].Value) : 0;
        return new SssomProblem(MappingLines[index], column, problem.Message);
    }

    [GeneratedRegex(@"^\$\.mappings\[(\d+)\](?:\.(\w+))?")]
    private static partial Regex MappingPath();
}
