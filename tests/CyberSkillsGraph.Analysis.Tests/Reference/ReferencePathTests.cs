using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Reference;

/// <summary>The reference's reading of "Covering through mappings" on small hand-made chains.</summary>
public sealed class ReferencePathTests
{
    private static GraphContent Graph(params Mapping[] mappings)
    {
        var ids = mappings.SelectMany(m => new[] { m.Source, m.Target }).Distinct();
        var dataset = new Dataset(new DatasetInfo("t", "t", "t"))
        {
            Frameworks = [new Framework("X", "X", null, null, null, "competence-framework", [])],
            Competences = [.. ids.Select(id => new Competence(id, "X", id, id, 1, 5))],
            Mappings = mappings,
        };
        return new GraphContent(1, [dataset]);
    }

    private static Mapping Map(string source, Relationship relationship, string target, int strength = 5, MappingStatus status = MappingStatus.Approved) =>
        new(source, relationship, target, relationship switch { Relationship.Equal => 10, Relationship.NotRelated => 0, _ => strength }, null, null, status, null);

    private static string Best(GraphContent graph, string from, string to, int maxHops = 3) =>
        ReportLines.Path(ReferencePaths.Best(graph, from, id => id == to, maxHops));

    [Fact]
    public void Best_WhenTargetIsTheStart_ThenItIsEqualWithZeroHops()
    {
        Assert.Equal("Equal hops=0 min=null target=A", Best(Graph(Map("A", Relationship.SubsetOf, "B")), "A", "A"));
    }

    [Fact]
    public void Best_WhenHopsAreEqualThenSubset_ThenTheClassIsFull()
    {
        var graph = Graph(Map("A", Relationship.Equal, "B"), Map("B", Relationship.SubsetOf, "C", 6));

        Assert.Equal("Full hops=2 min=6 target=C", Best(graph, "A", "C"));
        Assert.Equal("Partial hops=2 min=6 target=A", Best(graph, "C", "A"));
    }

    [Fact]
    public void Best_WhenASupersetMappingIsReadBackwards_ThenItCountsAsSubset()
    {
        var graph = Graph(Map("B", Relationship.SupersetOf, "A", 7));

        Assert.Equal("Full hops=1 min=7 target=B", Best(graph, "A", "B"));
        Assert.Equal("Partial hops=1 min=7 target=A", Best(graph, "B", "A"));
    }

    [Fact]
    public void Best_WhenSubsetIsFollowedBySuperset_ThenTheClassIsPartial()
    {
        var graph = Graph(Map("A", Relationship.SubsetOf, "B"), Map("B", Relationship.SupersetOf, "C"));

        Assert.Equal("Partial hops=2 min=5 target=C", Best(graph, "A", "C"));
    }

    [Fact]
    public void Best_WhenTheOnlyLinkIsNotRelatedOrProposed_ThenThereIsNoPath()
    {
        var graph = Graph(Map("A", Relationship.NotRelated, "B"), Map("A", Relationship.Equal, "C", status: MappingStatus.Proposed));

        Assert.Equal("NONE", Best(graph, "A", "B"));
        Assert.Equal("NONE", Best(graph, "A", "C"));
    }

    [Fact]
    public void Best_WhenTheChainIsLongerThanMaxHops_ThenThereIsNoPath()
    {
        var graph = Graph(Map("A", Relationship.Equal, "B"), Map("B", Relationship.Equal, "C"), Map("C", Relationship.Equal, "D"), Map("D", Relationship.Equal, "E"));

        Assert.Equal("NONE", Best(graph, "A", "E", maxHops: 3));
        Assert.Equal("Equal hops=4 min=10 target=E", Best(graph, "A", "E", maxHops: 4));
    }

    [Fact]
    public void Best_WhenAShortPathIsPartialAndALongerOneFull_ThenTheClassWins()
    {
        var graph = Graph(Map("A", Relationship.IntersectsWith, "T", 9), Map("A", Relationship.SubsetOf, "B", 2), Map("B", Relationship.Equal, "T"));

        Assert.Equal("Full hops=2 min=2 target=T", Best(graph, "A", "T"));
    }

    [Fact]
    public void Best_WhenTwoPathsHaveTheSameClassAndLength_ThenTheStrongerWins()
    {
        var graph = Graph(
            Map("A", Relationship.SubsetOf, "B", 4), Map("B", Relationship.SubsetOf, "T", 9),
            Map("A", Relationship.SubsetOf, "C", 7), Map("C", Relationship.SubsetOf, "T", 8));

        var best = ReferencePaths.Best(graph, "A", id => id == "T", 3)!;

        Assert.Equal((CoverageClass.Full, 2, (int?)7), (best.Class, best.Hops, best.MinStrength));
        Assert.Equal(["A", "C", "T"], best.Path);
    }

    [Fact]
    public void Best_WhenTwoTargetsTie_ThenTheOrdinallySmallerIdWins()
    {
        // Ordinal: upper case sorts before lower case ("Z" < "a"), unlike a culture-aware comparison.
        var graph = Graph(Map("S", Relationship.SubsetOf, "a"), Map("S", Relationship.SubsetOf, "Z"));

        Assert.Equal("Full hops=1 min=5 target=Z", ReportLines.Path(ReferencePaths.Best(graph, "S", id => id != "S", 3)));
    }

    [Fact]
    public void Equivalents_WhenElementsAreReachable_ThenTheyAreSortedByClassHopsAndId()
    {
        var graph = Graph(
            Map("S", Relationship.IntersectsWith, "b"), Map("S", Relationship.SubsetOf, "C"),
            Map("C", Relationship.Equal, "D"), Map("S", Relationship.Equal, "E"));

        Assert.Equal(
            ["E Competence Equal hops=1 min=10", "C Competence Full hops=1 min=5", "D Competence Full hops=2 min=5", "b Competence Partial hops=1 min=5"],
            ReportLines.Of(ReferenceAnalyses.Equivalents(graph, "S")));
    }
}
