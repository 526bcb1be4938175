using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Sssom;

/// <summary>
/// Writes every mapping of a graph as one SSSOM mapping set (TSV with a YAML metadata block), rows
/// ordered by subject then object so that the same graph always gives the same file. An element
/// id whose prefix is a framework id is written as that CURIE; any other id (a standard's
/// designation, say) as <c>csg:</c> followed by the percent-encoded id.
/// </summary>
public static partial class SssomWriter
{
    public const string Title = "CyberSkillsGraph mappings";
    public const string Licence = "https://creativecommons.org/publicdomain/zero/1.0/";

    public static string Write(GraphContent content)
    {
        var frameworks = content.Frameworks.Select(f => f.Id).Where(IsPrefix).ToHashSet(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in content.Competences) labels[c.Id] = c.Title;
        foreach (var r in content.Roles) labels[r.Id] = r.Title;
        foreach (var s in content.Standards) labels[s.Id] = s.Title;

        var prefixes = new SortedDictionary<string, string>(SssomVocabulary.StandardPrefixes.ToDictionary(), StringComparer.Ordinal);
        var mappings = content.Mappings.OrderBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.Target, StringComparer.Ordinal).ToList();
        string Curie(string id)
        {
            var colon = id.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && frameworks.Contains(id[..colon]) && IsLocalPart(id[(colon + 1)..]))
            {
                prefixes[id[..colon]] = SssomVocabulary.ElementBase + id[..colon] + "/";
                return id;
            }
            return SssomVocabulary.ElementPrefix + ":" + Uri.EscapeDataString(id);
        }
        var rows = mappings.Select(m =>
        {
            var (predicate, modifier) = SssomVocabulary.Predicate(m.Relationship);
            return new[]
            {
                Curie(m.Source), labels.GetValueOrDefault(m.Source, ""), predicate, modifier ?? "", Curie(m.Target), labels.GetValueOrDefault(m.Target, ""),
                SssomVocabulary.Justification, (m.Strength / 10m).ToString("0.0", CultureInfo.InvariantCulture), m.Author ?? "", m.Note ?? "",
                SssomVocabulary.Name(m.Status), m.Rationale is { } r ? SssomVocabulary.Name(r) : "", m.Correspondence is { } c ? SssomVocabulary.Name(c) : "",
            };
        }).ToList();

        var text = new StringBuilder();
        text.Append("#curie_map:\n");
        foreach (var (prefix, expansion) in prefixes) text.Append($"#  {prefix}: \"{expansion}\"\n");
        text.Append($"#mapping_set_id: \"{SssomVocabulary.MappingSetId}\"\n");
        text.Append($"#mapping_set_title: \"{Title}\"\n");
        text.Append($"#license: \"{Licence}\"\n");
        text.Append("#extension_definitions:\n");
        foreach (var slot in SssomVocabulary.ExtensionSlots)
        {
            text.Append($"#  - slot_name: {slot}\n");
            text.Append($"#    property: \"{SssomVocabulary.VocabularyBase}{slot}\"\n");
            text.Append("#    type_hint: \"http://www.w3.org/2001/XMLSchema#string\"\n");
        }
        text.Append(string.Join('\t', SssomVocabulary.Columns)).Append('\n');
        foreach (var row in rows) text.Append(string.Join('\t', row.Select(Cell))).Append('\n');
        return text.ToString();
    }

    /// <summary>TSV has no escaping, so a tab or line break inside a text becomes a space.</summary>
    private static string Cell(string value) => LineBreakOrTab().Replace(value, " ");

    private static bool IsPrefix(string id) => PrefixPattern().IsMatch(id) && !SssomVocabulary.StandardPrefixes.ContainsKey(id);

    private static bool IsLocalPart(string local) => local.Length > 0 && LocalPattern().IsMatch(local);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex LocalPattern();

    [GeneratedRegex("[\t\r\n]+")]
    private static partial Regex LineBreakOrTab();
}
