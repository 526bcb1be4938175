using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Reference;

namespace CyberSkillsGraph.Analysis.Tests;

/// <summary>Questions about things that do not exist, or with a hop limit outside 1..5, are refused and name the argument at fault.</summary>
public sealed class AnalysisInputTests
{
    private static readonly GraphSnapshot Snapshot = GraphSnapshot.Build(WorkedExample.Content);

    private static string ArgumentOf(Action analysis) => Assert.Throws<AnalysisInputException>(analysis).Argument;

    [Fact]
    public void RegionGaps_WhenRegionIsUnknown_ThenRegionIsNamed()
    {
        Assert.Equal("region", ArgumentOf(() => GraphAnalyses.RegionGaps(Snapshot, "ATLANTIS", null)));
    }

    [Fact]
    public void RegionGaps_WhenRegionDiffersOnlyInCase_ThenItIsUnknown()
    {
        Assert.Equal("region", ArgumentOf(() => GraphAnalyses.RegionGaps(Snapshot, "de", 2026)));
    }

    [Fact]
    public void LearningPath_WhenRoleIsUnknown_ThenRoleIsNamed()
    {
        Assert.Equal("role", ArgumentOf(() => GraphAnalyses.LearningPath(Snapshot, "NOBODY", "DE")));
    }

    [Fact]
    public void LearningPath_WhenRegionIsUnknown_ThenRegionIsNamed()
    {
        Assert.Equal("region", ArgumentOf(() => GraphAnalyses.LearningPath(Snapshot, "CISO", "ATLANTIS")));
    }

    [Fact]
    public void LearningPath_WhenTheRoleIdIsACompetence_ThenRoleIsNamed()
    {
        Assert.Equal("role", ArgumentOf(() => GraphAnalyses.LearningPath(Snapshot, "ECF:E.8", "DE")));
    }

    [Fact]
    public void FrameworkCoverage_WhenSourceIsUnknown_ThenSourceIsNamed()
    {
        Assert.Equal("source", ArgumentOf(() => GraphAnalyses.FrameworkCoverage(Snapshot, "NOFW", "ECF")));
    }

    [Fact]
    public void FrameworkCoverage_WhenTargetIsUnknown_ThenTargetIsNamed()
    {
        Assert.Equal("target", ArgumentOf(() => GraphAnalyses.FrameworkCoverage(Snapshot, "ECF", "NOFW")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void FrameworkCoverage_WhenMaxHopsIsOutsideOneToFive_ThenMaxHopsIsNamed(int maxHops)
    {
        Assert.Equal("maxHops", ArgumentOf(() => GraphAnalyses.FrameworkCoverage(Snapshot, "ECF", "JPX", maxHops)));
    }

    [Fact]
    public void Equivalents_WhenElementIsUnknown_ThenIdIsNamed()
    {
        Assert.Equal("id", ArgumentOf(() => GraphAnalyses.Equivalents(Snapshot, "ECF:Z.9")));
    }

    [Fact]
    public void Equivalents_WhenIdIsAProgramme_ThenIdIsNamed()
    {
        // Programmes are not mapped, so they are not elements that have equivalents.
        Assert.Equal("id", ArgumentOf(() => GraphAnalyses.Equivalents(Snapshot, "P1")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Equivalents_WhenMaxHopsIsOutsideOneToFive_ThenMaxHopsIsNamed(int maxHops)
    {
        Assert.Equal("maxHops", ArgumentOf(() => GraphAnalyses.Equivalents(Snapshot, "ECF:E.8", maxHops)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Analyses_WhenMaxHopsIsAtTheEdgeOfTheRange_ThenTheyAnswer(int maxHops)
    {
        Assert.Equal(4, GraphAnalyses.FrameworkCoverage(Snapshot, "ECF", "ECF", maxHops).Elements.Count);
        Assert.Empty(GraphAnalyses.Equivalents(Snapshot, "ECF:E.8", maxHops));
    }
}
