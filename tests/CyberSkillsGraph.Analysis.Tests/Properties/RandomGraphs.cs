using CyberSkillsGraph.Domain.Model;
using FsCheck;
using FsCheck.Fluent;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>
/// FsCheck generators of small random graphs that pass <c>DatasetValidator</c>: a region forest,
/// frameworks, competences with level ranges, roles, programmes, mappings and demand. Ids mix upper
/// and lower case, dots, dashes and underscores so that any culture-aware sort shows up as a difference.
/// </summary>
internal static class RandomGraphs
{
    private static readonly string[] RegionPool = ["EU", "de", "FR", "jp", "DE-BY", "at"];
    private static readonly string[] FrameworkPool = ["ecf", "ECSF", "Jpx"];
    private static readonly string[] CompetencePool = ["c.1", "B.2", "a.3", "D.4", "b.10", "E.9", "e.5", "A-6", "_7", "Z.8", "z.11", "C.12"];
    private static readonly string[] RolePool = ["role-a", "Role-B", "ROLE-c", "analyst", "Auditor", "_ciso"];
    private static readonly string[] ProgrammePool = ["p1", "P2", "P10", "p-3", "P_4", "pA", "PB", "Pz", "pz0"];

    public static Arbitrary<GeneratedGraph> Arbitrary => Arb.From(Graphs, GraphShrinker.Shrink);

    public static Gen<GeneratedGraph> Graphs =>
        from regions in Regions()
        from frameworks in Pick(FrameworkPool, 1, 3)
        from competenceIds in Pick(CompetencePool, 2, 10)
        from competences in Gen.CollectToList(competenceIds, id => Competence(id, frameworks))
        from roleIds in Pick(RolePool, 1, 5)
        from roles in Gen.CollectToList(roleIds, id => Role(id, frameworks, competences))
        from programmeIds in Pick(ProgrammePool, 0, 8)
        from programmes in Gen.CollectToList(programmeIds, id => Programme(id, [.. regions.Select(r => r.Code)], competences))
        from mappings in Mappings(competences, roles)
        from demand in Demand(regions, roles)
        select new GeneratedGraph(new Dataset(new DatasetInfo("random", "random graph", "FsCheck"))
        {
            Regions = regions,
            Frameworks = [.. frameworks.Select(f => new Framework(f, f, null, null, null, "competence-framework", []))],
            Competences = competences,
            Roles = roles,
            Mappings = mappings,
            Providers = [new Provider("prov", "Provider", null)],
            TrainingProgrammes = programmes,
            Demand = demand,
        });

    /// <summary>A programme for the given regions and competences (1-3 regions, 0-50 seats, 0-60 hours, develops 1-3 competences).</summary>
    public static Gen<TrainingProgramme> Programme(string id, IReadOnlyList<string> regionCodes, IReadOnlyList<Competence> competences) =>
        from regions in Pick(regionCodes, 1, Math.Min(3, regionCodes.Count))
        // Zero seats and zero hours are edge cases of the semantics, so they come up often; round hours make ratio ties likely.
        from seats in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 50)))
        from hours in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Elements(10, 20, 30, 40, 60)), (3, Gen.Choose(1, 60)))
        from develops in Levels(competences, 1, 3)
        select new TrainingProgramme(id, id, "prov", regions, seats, hours, null, null, develops, [], []);

    /// <summary>The same records shuffled within their lists and scattered over 1-3 datasets: what importing in another order gives.</summary>
    public static Gen<GraphContent> Reordered(Dataset dataset) =>
        from parts in Gen.Choose(1, 3)
        from regions in Scatter(dataset.Regions, parts)
        from frameworks in Scatter(dataset.Frameworks, parts)
        from competences in Scatter(dataset.Competences, parts)
        from roles in Scatter(dataset.Roles, parts)
        from mappings in Scatter(dataset.Mappings, parts)
        from programmes in Scatter(dataset.TrainingProgrammes, parts)
        from demand in Scatter(dataset.Demand, parts)
        select new GraphContent(1, [.. Enumerable.Range(0, parts).Select(i => new Dataset(new DatasetInfo($"part-{i}", "part", "FsCheck"))
        {
            Regions = regions[i],
            Frameworks = frameworks[i],
            Competences = competences[i],
            Roles = roles[i],
            Mappings = mappings[i],
            Providers = i == 0 ? dataset.Providers : [],
            TrainingProgrammes = programmes[i],
            Demand = demand[i],
        })]);

    private static Gen<List<Region>> Regions() =>
        from codes in Pick(RegionPool, 1, 6)
        // Each region's parent is an earlier one or none: a forest, never a cycle.
        from parents in Gen.CollectToArray(codes.Select((_, i) => i == 0
            ? Gen.Constant<string?>(null)
            : Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Elements(codes.Take(i).ToArray()).Select(c => (string?)c)))))
        select codes.Select((code, i) => new Region(code, code, parents[i])).ToList();

    private static Gen<Competence> Competence(string id, List<string> frameworks) =>
        from framework in Gen.Elements(frameworks.ToArray())
        from min in Gen.Frequency((2, Gen.Constant(1)), (3, Gen.Choose(1, 5)))
        from max in Gen.Frequency((2, Gen.Constant(5)), (3, Gen.Choose(min, 5)))
        select new Competence(id, framework, id, id, min, max);

    private static Gen<Role> Role(string id, List<string> frameworks, List<Competence> competences) =>
        from framework in Gen.Elements(frameworks.ToArray())
        from requires in Levels(competences, 1, 4)
        select new Role(id, framework, id, [], null, requires);

    /// <summary>min..max distinct competences, each at a level inside its range.</summary>
    private static Gen<List<CompetenceLevel>> Levels(IReadOnlyList<Competence> competences, int min, int max) =>
        from chosen in Pick(competences, min, Math.Min(max, competences.Count))
        from levels in Gen.CollectToArray(chosen.Select(c => Gen.Choose(c.MinLevel, c.MaxLevel)))
        select chosen.Select((c, i) => new CompetenceLevel(c.Id, levels[i])).ToList();

    private static Gen<List<Mapping>> Mappings(List<Competence> competences, List<Role> roles)
    {
        var competenceIds = competences.Select(c => c.Id).ToList();
        var roleIds = roles.Select(r => r.Id).ToList();
        var ends = roleIds.Count < 2
            ? Pick(competenceIds, 2, 2)
            : Gen.Frequency((4, Pick(competenceIds, 2, 2)), (1, Pick(roleIds, 2, 2)));
        var mapping =
            from pair in ends
            from relationship in Gen.Frequency(
                (2, Gen.Constant(Relationship.Equal)), (3, Gen.Constant(Relationship.SubsetOf)), (3, Gen.Constant(Relationship.SupersetOf)),
                (2, Gen.Constant(Relationship.IntersectsWith)), (1, Gen.Constant(Relationship.NotRelated)))
            from strength in relationship switch
            {
                Relationship.Equal => Gen.Constant(10),
                Relationship.NotRelated => Gen.Constant(0),
                _ => Gen.Choose(1, 9),
            }
            from status in Gen.Frequency((4, Gen.Constant(MappingStatus.Approved)), (1, Gen.Constant(MappingStatus.Proposed)))
            select new Mapping(pair[0], relationship, pair[1], strength, null, null, status, null);
        // A pair of elements has one mapping: the validator refuses a second one read the other way round.
        return from count in Gen.Choose(0, 8)
               from all in Gen.ListOf(mapping, count)
               select all.DistinctBy(m => string.CompareOrdinal(m.Source, m.Target) < 0 ? (m.Source, m.Target) : (m.Target, m.Source)).ToList();
    }

    private static Gen<List<DemandEntry>> Demand(List<Region> regions, List<Role> roles)
    {
        var entry =
            from region in Gen.Elements(regions.Select(r => r.Code).ToArray())
            from role in Gen.Elements(roles.Select(r => r.Id).ToArray())
            from year in Gen.Choose(2025, 2026)
            from openings in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 40)))
            select new DemandEntry(region, role, year, openings, null, null);
        return from count in Gen.Choose(0, 8)
               from all in Gen.ListOf(entry, count)
               select all.DistinctBy(e => e.Key).ToList();
    }

    /// <summary>min..max distinct items of the pool in random order.</summary>
    public static Gen<List<T>> Pick<T>(IReadOnlyList<T> pool, int min, int max) =>
        from count in Gen.Choose(min, max)
        from shuffled in Gen.Shuffle(pool.ToArray())
        select shuffled.Take(count).ToList();

    private static Gen<List<T>[]> Scatter<T>(IReadOnlyList<T> items, int parts) =>
        from shuffled in Gen.Shuffle(items.ToArray())
        from part in Gen.ArrayOf(Gen.Choose(0, parts - 1), shuffled.Length)
        select Enumerable.Range(0, parts).Select(p => shuffled.Where((_, i) => part[i] == p).ToList()).ToArray();
}
