using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>
/// Smaller versions of a random graph, each still valid: FsCheck tries them after a failure so
/// that a reported counterexample has only the records that matter. Every candidate removes one
/// record (with whatever referred to it) or makes one number small.
/// </summary>
internal static class GraphShrinker
{
    public static IEnumerable<GeneratedGraph> Shrink(GeneratedGraph graph)
    {
        var d = graph.Dataset;
        foreach (var i in Indices(d.Mappings)) yield return New(d with { Mappings = Without(d.Mappings, i) });
        foreach (var i in Indices(d.Demand)) yield return New(d with { Demand = Without(d.Demand, i) });
        foreach (var i in Indices(d.TrainingProgrammes)) yield return New(d with { TrainingProgrammes = Without(d.TrainingProgrammes, i) });
        foreach (var role in d.Roles) yield return New(WithoutRole(d, role.Id));
        foreach (var competence in d.Competences) yield return New(WithoutCompetence(d, competence.Id));
        foreach (var region in d.Regions.Where(r => d.Regions.All(child => child.Parent != r.Code))) yield return New(WithoutLeafRegion(d, region.Code));
        foreach (var framework in d.Frameworks.Where(f => d.Competences.All(c => c.Framework != f.Id) && d.Roles.All(r => r.Framework != f.Id)))
            yield return New(d with { Frameworks = [.. d.Frameworks.Where(f => f.Id != framework.Id)] });

        foreach (var i in Indices(d.Roles))
        {
            foreach (var j in Indices(d.Roles[i].Requires))
                yield return New(d with { Roles = Replace(d.Roles, i, d.Roles[i] with { Requires = Without(d.Roles[i].Requires, j) }) });
        }
        foreach (var i in Indices(d.TrainingProgrammes))
        {
            var p = d.TrainingProgrammes[i];
            foreach (var j in Indices(p.Develops)) yield return New(d with { TrainingProgrammes = Replace(d.TrainingProgrammes, i, p with { Develops = Without(p.Develops, j) }) });
            if (p.Regions.Count > 1)
            {
                foreach (var j in Indices(p.Regions)) yield return New(d with { TrainingProgrammes = Replace(d.TrainingProgrammes, i, p with { Regions = Without(p.Regions, j) }) });
            }
            if (p.SeatsPerYear > 1) yield return New(d with { TrainingProgrammes = Replace(d.TrainingProgrammes, i, p with { SeatsPerYear = 1 }) });
            if (p.Hours > 10) yield return New(d with { TrainingProgrammes = Replace(d.TrainingProgrammes, i, p with { Hours = 10 }) });
        }
        foreach (var i in Indices(d.Demand))
        {
            if (d.Demand[i].Openings > 1) yield return New(d with { Demand = Replace(d.Demand, i, d.Demand[i] with { Openings = 1 }) });
        }
        foreach (var i in Indices(d.Regions))
        {
            if (d.Regions[i].Parent is not null) yield return New(d with { Regions = Replace(d.Regions, i, d.Regions[i] with { Parent = null }) });
        }
    }

    private static GeneratedGraph New(Dataset dataset) => new(dataset);

    private static Dataset WithoutRole(Dataset d, string role) => d with
    {
        Roles = [.. d.Roles.Where(r => r.Id != role)],
        Mappings = [.. d.Mappings.Where(m => m.Source != role && m.Target != role)],
        Demand = [.. d.Demand.Where(e => e.Role != role)],
    };

    private static Dataset WithoutCompetence(Dataset d, string competence) => d with
    {
        Competences = [.. d.Competences.Where(c => c.Id != competence)],
        Roles = [.. d.Roles.Select(r => r with { Requires = [.. r.Requires.Where(q => q.Competence != competence)] })],
        TrainingProgrammes = [.. d.TrainingProgrammes.Select(p => p with { Develops = [.. p.Develops.Where(q => q.Competence != competence)] })],
        Mappings = [.. d.Mappings.Where(m => m.Source != competence && m.Target != competence)],
    };

    private static Dataset WithoutLeafRegion(Dataset d, string region) => d with
    {
        Regions = [.. d.Regions.Where(r => r.Code != region)],
        Demand = [.. d.Demand.Where(e => e.Region != region)],
        // A programme offered only there goes too: a programme must be offered somewhere.
        TrainingProgrammes = [.. d.TrainingProgrammes
            .Select(p => p with { Regions = [.. p.Regions.Where(r => r != region)] })
            .Where(p => p.Regions.Count > 0)],
    };

    private static IEnumerable<int> Indices<T>(IReadOnlyList<T> items) => Enumerable.Range(0, items.Count);

    private static List<T> Without<T>(IReadOnlyList<T> items, int index) => [.. items.Where((_, i) => i != index)];

    private static List<T> Replace<T>(IReadOnlyList<T> items, int index, T item) => [.. items.Select((x, i) => i == index ? item : x)];
}
