using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.Scenarios;

namespace CyberSkillsGraph.Api.GraphQL.Complexity;

/// <summary>
/// The most items each list field can return on one snapshot: the whole list for top-level lists, the largest
/// per-parent list for nested ones. The query cost limit multiplies by these instead of a guessed list size,
/// so a query over a large graph is charged for what it would really return. Each bound is computed on first
/// use and kept with its snapshot.
/// </summary>
internal sealed class ListSizeBounds(GraphSnapshot snapshot)
{
    private static readonly ConditionalWeakTable<GraphSnapshot, ListSizeBounds> BySnapshot = new();

    private readonly ConcurrentDictionary<string, int> _bounds = new(StringComparer.Ordinal);

    public static ListSizeBounds Of(GraphSnapshot snapshot) => BySnapshot.GetValue(snapshot, s => new ListSizeBounds(s));

    /// <summary>The bound of the list field <paramref name="key"/> ("Type.field"), or null for a list this class does not know (a fixed one, or one read from the store).</summary>
    public int? Bound(string key)
    {
        if (_bounds.TryGetValue(key, out var known)) return known;
        int? bound = Compute(key);
        if (bound is { } value) _bounds[key] = value;
        return bound;
    }

    private int? Compute(string key) => key switch
    {
        "Query.regions" => snapshot.RegionTree.Count,
        "Query.frameworks" => snapshot.Frameworks.Count,
        "Query.standards" => snapshot.Standards.Count,
        "Query.mappings" => snapshot.Mappings.Count,
        "Query.trainingProgrammes" => snapshot.Programmes.Count,
        "Query.providers" => snapshot.Providers.Count,
        "Query.demand" => snapshot.Demand.Count,
        "Query.datasets" => snapshot.Datasets.Count,
        "Query.equivalents" => snapshot.Competences.Count + snapshot.Roles.Count + snapshot.Standards.Count,
        "Query.myTrainingProgrammes" => Max(snapshot.Programmes.CountBy(p => p.Provider).Select(g => g.Value)),
        "Region.children" => Max(snapshot.RegionTree.Children.Select(c => c.Count)),
        "Framework.categories" => Max(snapshot.Frameworks.Select(f => f.Categories.Count)),
        "Framework.competences" => Max(snapshot.CompetencesByFramework.Select(c => c.Length)),
        "Framework.roles" => Max(snapshot.RolesByFramework.Select(r => r.Length)),
        "CoverageReport.elements" => Max(snapshot.CompetencesByFramework.Zip(snapshot.RolesByFramework, (c, r) => c.Length + r.Length)),
        "Query.myScenarios" => ScenarioStore.MaxPerOwner,
        "Competence.requiredBy" or "SkillGap.roles" => MaxDegree(snapshot.CompetenceRequiredBy),
        "Competence.mappings" or "Role.mappings" or "Standard.mappings" => MaxMappingsPerElement(),
        "Role.requires" or "LearningPath.steps" or "LearningPath.uncovered" or "LearningStep.covers" or "RoleBridge.requirements" =>
            MaxDegree(snapshot.RoleRequirements),
        "GapTrend.points" or "RegionTrend.points" => snapshot.Demand.Select(d => d.Year).Distinct().Count(),
        "Role.altTitles" => Max(snapshot.Roles.Select(r => r.AltTitles.Count)),
        // A scenario adds demand, never requirements, so its rows are bounded like the stored report's.
        "RegionGapReport.rows" => snapshot.Roles.SelectMany(r => r.Requires).Distinct().Count(),
        // Under a scenario its added programmes can supply a row too.
        "SkillGap.suppliers" => snapshot.Programmes.Count + Analysis.Scenarios.ScenarioLimits.MaxAddProgrammes,
        "TrainingProgramme.regions" => Max(snapshot.Programmes.Select(p => p.Regions.Count)),
        "TrainingProgramme.develops" => Max(snapshot.Programmes.Select(p => p.Develops.Count)),
        "TrainingProgramme.preparesFor" => Max(snapshot.Programmes.Select(p => p.PreparesFor.Count)),
        "TrainingProgramme.alignedWith" => Max(snapshot.Programmes.Select(p => p.AlignedWith.Count)),
        _ => null,
    };

    private static int Max(IEnumerable<int> sizes) => sizes.DefaultIfEmpty(0).Max();

    private static int MaxDegree(Edges edges)
    {
        var max = 0;
        for (var i = 0; i < edges.Count; i++) max = Math.Max(max, edges.TargetsOf(i).Length);
        return max;
    }

    private int MaxMappingsPerElement() =>
        Max(snapshot.Mappings.SelectMany(m => new[] { m.Source, m.Target }).CountBy(id => id, StringComparer.Ordinal).Select(g => g.Value));
}
