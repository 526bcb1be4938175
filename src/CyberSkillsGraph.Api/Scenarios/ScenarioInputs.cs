using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Api.GraphQL;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Scenarios;

/// <summary>Turns the GraphQL scenario input into the engine's scenario and its problems into one BAD_USER_INPUT error.</summary>
internal static class ScenarioInputs
{
    public static Scenario ToScenario(ScenarioInput input) => new()
    {
        AddProgrammes = [.. (input.AddProgrammes ?? []).Select(p => p.ToRecord(p.Id, p.Provider ?? ""))],
        ChangeProgrammes = [.. (input.ChangeProgrammes ?? []).Select(c => new ProgrammeChange(c.Programme, c.SeatsPerYear, c.Retire))],
        DemandFactor = Factor(input.DemandFactor),
        RoleDemandFactors = [.. (input.RoleDemandFactors ?? []).Select(f => new RoleDemandFactor(f.Role, Factor(f.Factor)))],
        Demand = [.. (input.Demand ?? []).Select(d => new DemandEntry(d.Region, d.Role, d.Year, d.Openings, null, null))],
        IncludeProposed = input.IncludeProposed,
    };

    /// <summary>Runs a scenario analysis; a scenario that fails validation becomes one error listing every problem under extensions.problems, each path rooted at the argument.</summary>
    public static T Run<T>(string argument, Func<T> analysis)
    {
        try
        {
            return analysis();
        }
        catch (ScenarioInputException e)
        {
            var error = new UserInputError(argument, $"the scenario has {e.Problems.Count} problem(s); see extensions.problems");
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["problems"] = e.Problems.Select(p => new Dictionary<string, object?> { ["path"] = PathOf(argument, p.Path), ["message"] = p.Message }).ToList();
            throw error;
        }
    }

    /// <summary>"$.addProgrammes[0].regions[1]" under argument "scenario" reads "scenario.addProgrammes[0].regions[1]".</summary>
    public static string PathOf(string argument, string path) => argument + (path.Length > 1 ? path[1..] : "");

    /// <summary>
    /// A Float beyond decimal's range is out of the scenario's bounds anyway: it is clamped to decimal's largest value of
    /// its sign, which the validator then refuses naming the field (so 1e300 reads as too large, not as negative).
    /// </summary>
    private static decimal Factor(double factor) =>
        factor >= (double)decimal.MaxValue ? decimal.MaxValue
        : factor <= (double)decimal.MinValue ? decimal.MinValue
        : double.IsNaN(factor) ? -1m
        : Math.Round((decimal)factor, 6);
}
