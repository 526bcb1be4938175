using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Scenarios;

public sealed class ScenarioJsonTests
{
    [Fact]
    public void Read_WhenAWrittenScenarioIsRead_ThenItIsTheSameScenario()
    {
        var scenario = new Scenario
        {
            AddProgrammes = [new TrainingProgramme("P-NEW", "New", "prov", ["DE"], 12, 20, "online", "de", [new CompetenceLevel("ECF:D.1", 5)], [], [])],
            ChangeProgrammes = [new ProgrammeChange("P1", 30, false), new ProgrammeChange("P2", null, true)],
            DemandFactor = 1.25m,
            RoleDemandFactors = [new RoleDemandFactor("CISO", 2m)],
            Demand = [new DemandEntry("DE", "CISO", 2027, 12, null, null)],
            IncludeProposed = true,
        };

        var (read, problems) = ScenarioJson.Read(ScenarioJson.Write(scenario));

        Assert.Empty(problems);
        Assert.Equal(ScenarioJson.Write(scenario), ScenarioJson.Write(read!));
        Assert.Equal(scenario.AddProgrammes[0].Develops, read!.AddProgrammes[0].Develops);
        Assert.Equal((1.25m, true, 12), (read.DemandFactor, read.IncludeProposed, read.Demand[0].Openings));
    }

    [Fact]
    public void Read_WhenFieldsAreMisspeltOrMistyped_ThenEachProblemHasItsPath()
    {
        const string Json = """
            {"addProgrammes": [{"id": "X", "title": "x", "provider": "prov", "regions": ["DE"], "seatsPerYear": 1, "hours": 1, "develops": [], "seats": 3}],
             "changeProgrammes": [{"programme": "P1", "seatsPerYear": "many"}],
             "demandFactor": "double", "growth": 2}
            """;

        var (scenario, problems) = ScenarioJson.Read(Json);

        Assert.Null(scenario);
        Assert.Equal(["$.addProgrammes[0].seats", "$.changeProgrammes[0].seatsPerYear", "$.demandFactor", "$.growth"],
            problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}
