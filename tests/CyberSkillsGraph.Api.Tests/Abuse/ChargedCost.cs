using System.Globalization;
using System.Text.RegularExpressions;

namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>What the query cost limit charges a document, read from the refusal of a server whose limit is 1.</summary>
internal static class ChargedCost
{
    public static async Task<double> OfAsync(string query)
    {
        await using var factory = new ApiFactory();
        factory.Settings["GraphQL:MaxComplexity"] = "1";
        var message = (await factory.CreateClient().PostAsync(query)).SingleError().GetProperty("message").GetString()!;
        return double.Parse(Regex.Match(message, @"Complexity is (\d+(\.\d+)?)").Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
