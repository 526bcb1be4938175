using System.Globalization;
using System.Text;

namespace CyberSkillsGraph.Cli;

/// <summary>RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal static class CsvWriter
{
    public static string Line(params object?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(',');
            var text = Convert.ToString(fields[i], CultureInfo.InvariantCulture) ?? "";
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0) line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else line.Append(text);
        }
        return line.ToString();
    }
}
