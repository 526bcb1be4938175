namespace CyberSkillsGraph.Api.Writes;

/// <summary>Paths into a mutation's input as clients receive them in <c>UserError.field</c>: names and list indexes, starting at the argument.</summary>
public static class InputPath
{
    /// <summary>The segments of a JSON path such as <c>$.develops[1].level</c>: develops, 1, level.</summary>
    public static IReadOnlyList<string> Segments(string jsonPath)
    {
        var segments = new List<string>();
        foreach (var part in jsonPath.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[');
            segments.Add(bracket < 0 ? part : part[..bracket]);
            if (bracket < 0) continue;
            foreach (var index in part[(bracket + 1)..].TrimEnd(']').Split("]["))
                segments.Add(index);
        }
        return segments;
    }
}
