using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Analysis.Tests.Reference;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Scenarios;

/// <summary>Scenarios over the worked example of the gap semantics.</summary>
public sealed class ScenarioWorkedExampleTests
{
    private static TrainingProgramme DeProgramme(int seats) =>
        new("P-NEW", "New DE course", "prov", ["DE"], seats, 20, null, null, [new CompetenceLevel("ECF:D.1", 5)], [], []);

    [Theory]
    [InlineData(4, GapStatus.Shortage, 6)]
    [InlineData(10, GapStatus.Covered, 0)]
    public void RegionGaps_WhenADeProgrammeTeachesD1At5_ThenTheRowLeavesMissingAndTheStoredGraphStaysUnchanged(int seats, GapStatus status, long gap)
    {
        var snapshot = GraphSnapshot.Build(WorkedExample.Content);
        var before = GraphAnalyses.RegionGaps(snapshot, "DE", null);

        var answer = ScenarioAnalyses.RegionGaps(snapshot, "DE", null, new Scenario { AddProgrammes = [DeProgramme(seats)] });

        var row = Assert.Single(answer.Scenario!.Rows, r => r.Row.Competence.Id == "ECF:D.1");
        Assert.Equal((10, seats, gap, true, status), (row.Row.Demand, row.Row.Supply, row.Row.Gap, row.Row.Accessible, row.Row.Status));
        Assert.Equal((GapStatus.Missing, 0L, 10L), (row.Baseline!.Status, row.Baseline.Supply, row.Baseline.Gap));
        Assert.Equal(gap - 10, row.GapDelta);
        Assert.Equal(-1, answer.Scenario!.TotalsDelta.Missing);
        Assert.Equal(0, answer.Scenario!.TotalsDelta.Openings);
        Assert.Equal(1L, snapshot.Revision);
        Assert.Null(snapshot.FindProgramme("P-NEW"));
        Assert.Equal(ReportLines.Of(before), ReportLines.Of(GraphAnalyses.RegionGaps(snapshot, "DE", null)));
        Assert.Equal(ReportLines.Of(before), ReportLines.Of(answer.Scenario!.Baseline));
        var supplier = Assert.Single(answer.Scenario.ExplainSupply("DE", "ECF:D.1", 5));
        Assert.Equal(("P-NEW", seats, true), (supplier.Programme.Id, supplier.Programme.SeatsPerYear, supplier.CountsAsSupply));
        Assert.Empty(GraphAnalyses.ExplainSupply(snapshot, "DE", "ECF:D.1", 5));
    }

    [Fact]
    public void RegionGaps_WhenDemandDoublesAndP1Retires_ThenDemandAndSupplyMoveAndDeltasSaySo()
    {
        var snapshot = GraphSnapshot.Build(WorkedExample.Content);
        var scenario = new Scenario { DemandFactor = 2m, ChangeProgrammes = [new ProgrammeChange("P1", null, Retire: true)] };

        var answer = ScenarioAnalyses.RegionGaps(snapshot, "DE", null, scenario);

        var e3 = Assert.Single(answer.Scenario!.Rows, r => r.Row.Competence.Id == "ECF:E.3");
        Assert.Equal((100L, 0L, 100L), (e3.Row.Demand, e3.Row.Supply, e3.Row.Gap));
        Assert.Equal((50L, -15L, 65L), (e3.DemandDelta, e3.SupplyDelta, e3.GapDelta));
        Assert.Equal(50, answer.Scenario!.TotalsDelta.Openings);
    }

    [Fact]
    public void RegionGaps_WhenARoleFactorAndASetEntryAreGiven_ThenTheEntryIsTakenAsGivenAndOnlyThatRoleScales()
    {
        var snapshot = GraphSnapshot.Build(WorkedExample.Content);
        var scenario = new Scenario
        {
            RoleDemandFactors = [new RoleDemandFactor("PENTESTER", 0.5m)],
            Demand = [new DemandEntry("DE", "CISO", 2026, 30, null, null)],
        };

        var answer = ScenarioAnalyses.RegionGaps(snapshot, "DE", null, scenario);

        Assert.Equal(50, answer.Totals.Openings);
        Assert.Equal(30, Assert.Single(answer.Scenario!.Rows, r => r.Row.Competence.Id == "ECF:D.1").Row.Demand);
        Assert.Equal(20, Assert.Single(answer.Scenario!.Rows, r => r.Row.Competence.Id == "ECF:B.3").Row.Demand);
    }

    [Fact]
    public void LearningPath_WhenTheScenarioAddsD1_ThenCisoHasNothingUncovered()
    {
        var snapshot = GraphSnapshot.Build(WorkedExample.Content);

        var path = ScenarioAnalyses.LearningPath(snapshot, "CISO", "DE", new Scenario { AddProgrammes = [DeProgramme(4)] });

        Assert.Empty(path.Uncovered);
        Assert.Contains(path.Steps, s => s.Programme.Id == "P-NEW");
        Assert.Equal(["P2", "P1"], GraphAnalyses.LearningPath(snapshot, "CISO", "DE").Steps.Select(s => s.Programme.Id));
    }

    [Fact]
    public void RegionGaps_WhenProposedMappingsCount_ThenAProposedSupersetSuppliesE8()
    {
        var snapshot = GraphSnapshot.Build(WorkedExample.WithMapping(Relationship.SupersetOf, 8, MappingStatus.Proposed));

        var answer = ScenarioAnalyses.RegionGaps(snapshot, "DE", null, new Scenario { IncludeProposed = true });

        var e8 = Assert.Single(answer.Scenario!.Rows, r => r.Row.Competence.Id == "ECF:E.8");
        Assert.Equal((30L, 0L), (e8.Row.Supply, e8.Baseline!.Supply));
    }

    [Fact]
    public void RegionGaps_WhenTheScenarioIsInvalid_ThenEveryProblemHasItsPath()
    {
        var snapshot = GraphSnapshot.Build(WorkedExample.Content);
        var scenario = new Scenario
        {
            DemandFactor = -1m,
            AddProgrammes = [DeProgramme(5) with { Regions = ["XX"] }, DeProgramme(5) with { Id = "P1" }],
            ChangeProgrammes = [new ProgrammeChange("NOPE", 5, false), new ProgrammeChange("P2", null, false)],
            RoleDemandFactors = [new RoleDemandFactor("CISO", 101m)],
            Demand = [new DemandEntry("DE", "NOBODY", 2026, 5, null, null)],
        };

        var error = Assert.Throws<ScenarioInputException>(() => ScenarioAnalyses.RegionGaps(snapshot, "DE", null, scenario));

        Assert.Equal(
            ["$.addProgrammes[0].regions[0]", "$.addProgrammes[1].id", "$.changeProgrammes[0].programme", "$.changeProgrammes[1]",
             "$.demandFactor", "$.demand[0].role", "$.roleDemandFactors[0].factor"],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RegionGaps_WhenTheScenarioIsTooBig_ThenItIsRefusedBeforeAnyOtherCheck()
    {
        var snapshot = GraphSnapshot.Build(WorkedExample.Content);
        var scenario = new Scenario { Demand = [.. Enumerable.Range(0, ScenarioLimits.MaxDemand + 1).Select(i => new DemandEntry("DE", "CISO", 2000 + i % 100, 1, null, null))] };

        var problem = Assert.Single(Assert.Throws<ScenarioInputException>(() => ScenarioAnalyses.RegionGaps(snapshot, "DE", null, scenario)).Problems);

        Assert.Equal("$.demand", problem.Path);
    }
}
