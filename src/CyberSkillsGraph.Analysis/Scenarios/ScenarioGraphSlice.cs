using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// The part of the graph a scenario's records can refer to: every region (a small tree), and the
/// providers, competences, roles, standards, frameworks and programmes its programmes and demand
/// entries name, plus any element that already has the id of an added programme. Validating against
/// this slice gives the answers validating against the whole graph would, at a cost that grows with
/// the scenario instead of the graph.
/// </summary>
internal static class ScenarioGraphSlice
{
    public static GraphContent Of(GraphSnapshot snapshot, Scenario scenario)
    {
        var competences = new Dictionary<string, Competence>(StringComparer.Ordinal);
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        var standards = new Dictionary<string, Standard>(StringComparer.Ordinal);
        var providers = new Dictionary<string, Provider>(StringComparer.Ordinal);
        var frameworks = new Dictionary<string, Framework>(StringComparer.Ordinal);
        var programmes = new Dictionary<string, TrainingProgramme>(StringComparer.Ordinal);

        void Element(string id)
        {
            if (snapshot.FindCompetence(id) is { } c) competences[id] = c;
            if (snapshot.FindRole(id) is { } r) roles[id] = r;
            if (snapshot.FindStandard(id) is { } s) standards[id] = s;
            if (snapshot.FindFramework(id) is { } f) frameworks[id] = f;
            if (snapshot.FindProgramme(id) is { } p) programmes[id] = p;
        }

        foreach (var programme in scenario.AddProgrammes)
        {
            Element(programme.Id);
            if (snapshot.FindProvider(programme.Provider) is { } provider) providers[provider.Id] = provider;
            foreach (var developed in programme.Develops) Element(developed.Competence);
            foreach (var role in programme.PreparesFor) Element(role);
            foreach (var standard in programme.AlignedWith) Element(standard);
        }
        foreach (var entry in scenario.Demand) Element(entry.Role);

        return new GraphContent(snapshot.Revision, [new Dataset(new DatasetInfo("graph-slice", "graph slice", "snapshot"))
        {
            Regions = snapshot.RegionTree.Regions,
            Frameworks = [.. frameworks.Values],
            Competences = [.. competences.Values],
            Roles = [.. roles.Values],
            Standards = [.. standards.Values],
            Providers = [.. providers.Values],
            TrainingProgrammes = [.. programmes.Values],
        }]);
    }
}
