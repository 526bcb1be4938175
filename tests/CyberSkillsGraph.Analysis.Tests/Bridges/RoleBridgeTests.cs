using CyberSkillsGraph.Analysis.Bridges;
using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Reference;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Bridges;

/// <summary>roleBridge from a JPX role (SEC-MGMT@4, E.3@3) to the worked example's CISO (D.1@5, E.3@4, E.8@4), with JPX:SEC-MGMT superset_of ECF:E.8.</summary>
public sealed class RoleBridgeTests
{
    private static GraphSnapshot Snapshot(MappingStatus status = MappingStatus.Approved)
    {
        var content = WorkedExample.WithMapping(Relationship.SupersetOf, 8, status);
        var dataset = content.Datasets[0];
        var jpRole = new Role("JP-CISO", "JPX", "JP CISO", [], null, [new CompetenceLevel("JPX:SEC-MGMT", 4), new CompetenceLevel("ECF:E.3", 3)]);
        return GraphSnapshot.Build(new GraphContent(1, [dataset with { Roles = [.. dataset.Roles, jpRole] }]));
    }

    [Fact]
    public void RoleBridge_WhenFromHoldsAMappedSupersetAndALowerLevel_ThenCoveredPartialAndLackingWithPaths()
    {
        var bridge = GraphAnalyses.RoleBridge(Snapshot(), "JP-CISO", "CISO", "DE");

        Assert.Equal(
            ["ECF:D.1@5 Lacking", "ECF:E.3@4 Partial by ECF:E.3@3", "ECF:E.8@4 Covered by JPX:SEC-MGMT@4"],
            bridge.Requirements.Select(r => $"{r.Requirement.Competence}@{r.Requirement.Level} {r.Status}{(r.Held is { } h ? $" by {h.Competence}@{h.Level}" : "")}"));
        var e8 = bridge.Requirements[2].Path!;
        Assert.Equal((CoverageClass.Full, 1, 8), (e8.Class, e8.Hops, e8.MinStrength));
        Assert.Equal(["ECF:E.8", "JPX:SEC-MGMT"], e8.Path);
    }

    [Fact]
    public void RoleBridge_WhenARegionIsGiven_ThenThePathPlansOnlyWhatIsNotCovered()
    {
        var path = GraphAnalyses.RoleBridge(Snapshot(), "JP-CISO", "CISO", "DE").Path!;

        Assert.Equal(["P1"], path.Steps.Select(s => s.Programme.Id));
        Assert.Equal([new CompetenceLevel("ECF:D.1", 5)], path.Uncovered);
    }

    [Fact]
    public void RoleBridge_WhenTheMappingIsOnlyProposed_ThenE8IsLackingAndNoRegionMeansNoPath()
    {
        var bridge = GraphAnalyses.RoleBridge(Snapshot(MappingStatus.Proposed), "JP-CISO", "CISO", null);

        Assert.Equal(BridgeStatus.Lacking, bridge.Requirements.Single(r => r.Requirement.Competence == "ECF:E.8").Status);
        Assert.Null(bridge.Path);
    }

    [Fact]
    public void RoleBridge_WhenFromIsTo_ThenEveryRequirementIsCoveredByItself()
    {
        var bridge = GraphAnalyses.RoleBridge(Snapshot(), "CISO", "CISO", "DE");

        Assert.All(bridge.Requirements, r => Assert.Equal((BridgeStatus.Covered, 0), (r.Status, r.Path!.Hops)));
        Assert.Empty(bridge.Path!.Steps);
    }

    [Fact]
    public void RoleBridge_WhenTheRolesThemselvesAreMapped_ThenTheRolePathIsGivenAndOnlyWhenApproved()
    {
        static GraphSnapshot Mapped(MappingStatus status)
        {
            var content = WorkedExample.WithMapping(Relationship.SupersetOf, 8);
            var dataset = content.Datasets[0];
            var jpRole = new Role("JP-CISO", "JPX", "JP CISO", [], null, []);
            return GraphSnapshot.Build(new GraphContent(1, [dataset with
            {
                Roles = [.. dataset.Roles, jpRole],
                Mappings = [.. dataset.Mappings, new Mapping("JP-CISO", Relationship.IntersectsWith, "CISO", 6, null, null, status, "test")],
            }]));
        }

        var approved = GraphAnalyses.RoleBridge(Mapped(MappingStatus.Approved), "JP-CISO", "CISO", null);
        var proposed = GraphAnalyses.RoleBridge(Mapped(MappingStatus.Proposed), "JP-CISO", "CISO", null);

        Assert.Equal((CoverageClass.Partial, 1, 6), (approved.RolePath!.Class, approved.RolePath.Hops, approved.RolePath.MinStrength));
        Assert.All(approved.Requirements, r => Assert.Equal(BridgeStatus.Lacking, r.Status));
        Assert.Null(proposed.RolePath);
    }

    [Theory]
    [InlineData("NOPE", "CISO", "from")]
    [InlineData("CISO", "NOPE", "to")]
    public void RoleBridge_WhenARoleIsUnknown_ThenTheArgumentIsNamed(string from, string to, string argument)
    {
        Assert.Equal(argument, Assert.Throws<AnalysisInputException>(() => GraphAnalyses.RoleBridge(Snapshot(), from, to, null)).Argument);
    }
}
