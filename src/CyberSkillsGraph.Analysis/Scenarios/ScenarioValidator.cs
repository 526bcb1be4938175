using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// Checks a scenario as a write would be checked: added programmes and demand entries go through
/// <see cref="DatasetValidator"/>, and each problem carries its path into the scenario
/// (<c>$.addProgrammes[0].regions[1]</c>, <c>$.demand[2].role</c>, …). Sizes are bounded by <see cref="ScenarioLimits"/>.
/// </summary>
public static class ScenarioValidator
{
    public static IReadOnlyList<DatasetProblem> Validate(GraphSnapshot snapshot, Scenario scenario)
    {
        var problems = new List<DatasetProblem>();
        Bound(scenario.AddProgrammes.Count, ScenarioLimits.MaxAddProgrammes, "$.addProgrammes");
        Bound(scenario.ChangeProgrammes.Count, ScenarioLimits.MaxChangeProgrammes, "$.changeProgrammes");
        Bound(scenario.RoleDemandFactors.Count, ScenarioLimits.MaxRoleDemandFactors, "$.roleDemandFactors");
        Bound(scenario.Demand.Count, ScenarioLimits.MaxDemand, "$.demand");
        if (problems.Count > 0) return problems;

        Factor(scenario.DemandFactor, "$.demandFactor");
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.RoleDemandFactors.Count; i++)
        {
            var (role, factor) = (scenario.RoleDemandFactors[i].Role, scenario.RoleDemandFactors[i].Factor);
            if (snapshot.FindRole(role) is null) problems.Add(new($"$.roleDemandFactors[{i}].role", $"unknown role '{Short(role)}'"));
            else if (!roles.TryAdd(role, i)) problems.Add(new($"$.roleDemandFactors[{i}].role", $"'{role}' is listed twice (first at $.roleDemandFactors[{roles[role]}])"));
            Factor(factor, $"$.roleDemandFactors[{i}].factor");
        }

        var changed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.ChangeProgrammes.Count; i++)
        {
            var change = scenario.ChangeProgrammes[i];
            var path = $"$.changeProgrammes[{i}]";
            if (snapshot.FindProgramme(change.Programme) is null) problems.Add(new($"{path}.programme", $"unknown training programme '{Short(change.Programme)}'"));
            else if (!changed.TryAdd(change.Programme, i)) problems.Add(new($"{path}.programme", $"'{change.Programme}' is listed twice (first at $.changeProgrammes[{changed[change.Programme]}])"));
            if (change.SeatsPerYear is null && !change.Retire) problems.Add(new(path, "says neither new seatsPerYear nor retire"));
            if (change.SeatsPerYear is { } seats && change.Retire) problems.Add(new(path, "gives seatsPerYear to a programme it retires"));
            if (change.SeatsPerYear is < 0 or > DatasetValidator.MaxSeatsPerYear)
                problems.Add(new($"{path}.seatsPerYear", $"{change.SeatsPerYear} is outside 0..{DatasetValidator.MaxSeatsPerYear}"));
        }

        for (var i = 0; i < scenario.AddProgrammes.Count; i++)
        {
            if (snapshot.FindProgramme(scenario.AddProgrammes[i].Id) is not null)
                problems.Add(new($"$.addProgrammes[{i}].id", $"'{scenario.AddProgrammes[i].Id}' is already a training programme; list it under changeProgrammes"));
        }
        if (scenario.AddProgrammes.Count > 0 || scenario.Demand.Count > 0)
        {
            // The same checks as a write, against the slice of the graph the records name; the scenario's lists sit where a dataset
            // document has them, so only the programmes' prefix differs.
            var document = new Dataset(new DatasetInfo(ScenarioContent.DatasetId, "What-if scenario", "scenario"))
            {
                TrainingProgrammes = scenario.AddProgrammes,
                Demand = scenario.Demand,
            };
            problems.AddRange(DatasetValidator.Validate(document, ScenarioGraphSlice.Of(snapshot, scenario))
                .Select(p => p with { Path = p.Path.StartsWith("$.trainingProgrammes", StringComparison.Ordinal) ? "$.addProgrammes" + p.Path["$.trainingProgrammes".Length..] : p.Path }));
        }
        return problems;

        void Bound(int count, int max, string path)
        {
            if (count > max) problems.Add(new(path, $"has {count} items; a scenario holds at most {max}"));
        }

        void Factor(decimal factor, string path)
        {
            if (factor < 0 || factor > ScenarioLimits.MaxFactor) problems.Add(new(path, $"{factor} is outside 0..{ScenarioLimits.MaxFactor}"));
        }
    }

    private static string Short(string id) => id.Length <= DatasetValidator.MaxIdLength ? id : id[..DatasetValidator.MaxIdLength] + "…";
}
