using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Api.Scenarios;
using CyberSkillsGraph.Domain.Model;
using GraphQL;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>
/// Finds the entity an id names, of whatever kind: regions, frameworks, competences, roles, standards, providers,
/// programmes, mappings (<c>"source -> target"</c>), demand entries (<c>"region|role|year"</c>), and the caller's own
/// saved scenarios (another account's are not found, as with saveScenario).
/// </summary>
internal static class NodeLookup
{
    public static object? Find(IResolveFieldContext context, string id) =>
        Find(context.Snapshot(), id) ?? OwnScenario(context, id);

    private static SavedScenario? OwnScenario(IResolveFieldContext context, string id) =>
        context.User?.Subject() is { } owner &&
        context.RequestServices!.GetRequiredService<ScenarioStore>().Find(id) is { } scenario && scenario.Owner == owner
            ? scenario
            : null;

    public static object? Find(GraphSnapshot snapshot, string id) =>
        snapshot.FindRegion(id) ?? snapshot.FindFramework(id) ?? snapshot.FindCompetence(id) ?? snapshot.FindRole(id)
        ?? snapshot.FindStandard(id) ?? snapshot.FindProvider(id) ?? (object?)snapshot.FindProgramme(id)
        ?? FindMapping(snapshot, id) ?? (object?)FindDemand(snapshot, id);

    private static Mapping? FindMapping(GraphSnapshot snapshot, string id) =>
        id.Split(Mapping.KeySeparator) is [var source, var target]
            ? snapshot.MappingsOf(source).FirstOrDefault(m => m.Source == source && m.Target == target)
            : null;

    /// <summary>"region|role|year" (ids and codes cannot hold '|', the validator refuses it), found by the snapshot's binary search.</summary>
    private static DemandEntry? FindDemand(GraphSnapshot snapshot, string id) =>
        // The key must be the entry's own, so "EU|r|02026" is not taken for "EU|r|2026" (Relay expects the id asked for).
        id.Split(DemandEntry.KeySeparator) is [var region, var role, var year] && int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && snapshot.FindDemand(region, role, y) is { } entry && entry.Key == id
            ? entry
            : null;
}
