using System.Text.Json.Serialization;

namespace CyberSkillsGraph.Domain.Model;

/// <summary>How many people in a role a region needs to hire in a year. Keyed by (region, role, year).</summary>
public sealed record DemandEntry(
    string Region,
    string Role,
    int Year,
    int Openings,
    int? Employed,
    string? Source,
    string? Note = null)
{
    [JsonIgnore]
    public string Key => DemandKey(Region, Role, Year);

    /// <summary>What joins the parts of a demand entry's key; ids may not contain it, so a key names one entry.</summary>
    public const string KeySeparator = "|";

    public static string DemandKey(string region, string role, int year) => $"{region}{KeySeparator}{role}{KeySeparator}{year}";
}
