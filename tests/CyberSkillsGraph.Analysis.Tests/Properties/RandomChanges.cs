using CyberSkillsGraph.Domain.Model;
using FsCheck;
using FsCheck.Fluent;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>
/// FsCheck generators of change sets for a random graph: programmes registered, updated or retired, demand set,
/// now and then a mapping (a change the snapshot rebuilds for), written under the graph's dataset or another one.
/// </summary>
internal static class RandomChanges
{
    // Overlaps the ids of RandomGraphs, so that changes replace programmes as well as add them.
    private static readonly string[] ProgrammeIds = ["p1", "P2", "P10", "p-3", "pA", "Pz", "new-1", "New-2", "0new"];
    private static readonly string[] DatasetIds = ["random", "api-a", "api-b"];

    public static Arbitrary<GraphWithChanges> Arbitrary => Arb.From(
        from graph in RandomGraphs.Graphs
        from count in Gen.Choose(1, 4)
        from changes in Gen.ListOf(ChangeSet(graph), count)
        from supplyFirst in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new GraphWithChanges(graph, [.. changes], supplyFirst));

    private static Gen<IReadOnlyList<Dataset>> ChangeSet(GeneratedGraph graph) =>
        from count in Gen.Choose(1, 2)
        from datasets in Gen.ListOf(Upsert(graph), count)
        select (IReadOnlyList<Dataset>)[.. datasets];

    private static Gen<Dataset> Upsert(GeneratedGraph graph)
    {
        var regions = graph.RegionCodes.ToList();
        var competences = graph.Dataset.Competences;
        var programme =
            from id in Gen.Elements(ProgrammeIds)
            from record in RandomGraphs.Programme(id, regions, competences)
            from retired in Gen.Frequency((4, Gen.Constant<bool?>(null)), (1, Gen.Constant<bool?>(true)), (1, Gen.Constant<bool?>(false)))
            select record with { Retired = retired };
        var demand =
            from region in Gen.Elements(regions.ToArray())
            from role in Gen.Elements(graph.Dataset.Roles.Select(r => r.Id).ToArray())
            from year in Gen.Choose(2025, 2026)
            from openings in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 40)))
            select new DemandEntry(region, role, year, openings, null, null);
        var mapping =
            from pair in RandomGraphs.Pick(competences.Select(c => c.Id).ToList(), 2, 2)
            from relationship in Gen.Elements(Relationship.Equal, Relationship.SubsetOf, Relationship.SupersetOf, Relationship.IntersectsWith)
            select new Mapping(pair[0], relationship, pair[1], relationship == Relationship.Equal ? 10 : 5, null, null, MappingStatus.Approved, null);
        return
            from datasetId in Gen.Elements(DatasetIds)
            from programmeCount in Gen.Choose(0, 3)
            from programmes in Gen.ListOf(programme, programmeCount)
            from demandCount in Gen.Choose(0, 3)
            from entries in Gen.ListOf(demand, demandCount)
            from mappings in Gen.Frequency((6, Gen.Constant(new List<Mapping>())), (1, mapping.Select(m => new List<Mapping> { m })))
            select new Dataset(new DatasetInfo(datasetId, datasetId, "FsCheck"))
            {
                TrainingProgrammes = [.. programmes],
                Demand = [.. entries],
                Mappings = DistinctPairs(mappings, graph.Dataset.Mappings),
            };
    }

    /// <summary>A mapping whose pair is already mapped the other way round would be refused by validation: keep it only when it is new or the same direction.</summary>
    private static List<Mapping> DistinctPairs(List<Mapping> mappings, IReadOnlyList<Mapping> existing) =>
        [.. mappings.Where(m => !existing.Any(e => e.Source == m.Target && e.Target == m.Source))];
}
