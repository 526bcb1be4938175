using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// The graph as it would be if a scenario were written: what the overlay must agree with, and how a
/// scenario that counts proposed mappings is analysed (those change the mapping graph, so the
/// snapshot is rebuilt). Records keep their datasets; added programmes and new demand entries go
/// into one extra dataset.
/// </summary>
public static class ScenarioContent
{
    public const string DatasetId = "scenario";

    public static GraphContent Apply(GraphContent content, Scenario scenario)
    {
        var changes = scenario.ChangeProgrammes.ToDictionary(c => c.Programme, StringComparer.Ordinal);
        var roleFactors = scenario.RoleDemandFactors.ToDictionary(f => f.Role, f => f.Factor, StringComparer.Ordinal);
        var setDemand = scenario.Demand.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var stored = new HashSet<string>(StringComparer.Ordinal);

        TrainingProgramme Change(TrainingProgramme p) => changes.TryGetValue(p.Id, out var c)
            ? p with { SeatsPerYear = c.SeatsPerYear ?? p.SeatsPerYear, Retired = c.Retire ? true : p.Retired }
            : p;

        DemandEntry Demand(DemandEntry d)
        {
            stored.Add(d.Key);
            return setDemand.TryGetValue(d.Key, out var set)
                ? d with { Openings = set.Openings }
                : d with { Openings = Scenario.Scale(d.Openings, roleFactors.GetValueOrDefault(d.Role, scenario.DemandFactor)) };
        }

        Mapping Count(Mapping m) => scenario.IncludeProposed && m.Status == MappingStatus.Proposed ? m with { Status = MappingStatus.Approved } : m;

        var datasets = content.Datasets.Select(d => d with
        {
            TrainingProgrammes = [.. d.TrainingProgrammes.Select(Change)],
            Demand = [.. d.Demand.Select(Demand)],
            Mappings = [.. d.Mappings.Select(Count)],
        }).ToList();
        datasets.Add(new Dataset(new DatasetInfo(DatasetId, "What-if scenario", "scenario"))
        {
            TrainingProgrammes = scenario.AddProgrammes,
            Demand = [.. scenario.Demand.Where(d => !stored.Contains(d.Key))],
        });
        return new GraphContent(content.Revision, datasets);
    }
}
