using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// The change sets of the two everyday writes, as the API makes them: a planner's <c>setDemand</c> (one demand
/// entry under the API's demand dataset) and a provider's <c>registerTrainingProgramme</c> (one new programme
/// under the provider's dataset), chosen from the graph so that they touch what regionGaps reads.
/// </summary>
internal sealed class SmallWrites(GraphSnapshot snapshot)
{
    private readonly Workload _workload = Workload.For(snapshot);

    // Chosen once: the API's registerTrainingProgramme runs no gap report, so the writer of --writes must not run one per write.
    private IReadOnlyList<CompetenceLevel>? _develops;

    public string RootRegion => _workload.RootRegion;

    /// <summary>Sets the openings of the root report's busiest role in the leaf region.</summary>
    public IReadOnlyList<Dataset> SetDemand(int openings) =>
        [new Dataset(new DatasetInfo("api-demand", "Demand set through the API", "API"))
        {
            Demand = [new DemandEntry(_workload.LeafRegion, _workload.Role, _workload.Year, openings, null, "benchmark")],
        }];

    /// <summary>A new programme in the leaf region developing six of the competences the root report needs, at the levels needed.</summary>
    public IReadOnlyList<Dataset> RegisterProgramme(int number)
    {
        var provider = snapshot.Providers[0];
        var develops = _develops ??= [.. GraphAnalyses.RegionGaps(snapshot, _workload.RootRegion, null).Rows
            .DistinctBy(r => r.Competence.Id).Take(6).Select(r => new CompetenceLevel(r.Competence.Id, r.Level))];
        var programme = new TrainingProgramme($"ZZ-BENCH-{number:D6}", "Benchmark programme", provider.Id, [_workload.LeafRegion],
            30, 40, "online", "en", develops, [], []);
        return [new Dataset(new DatasetInfo($"api-provider-{provider.Id}", provider.Name, "API")) { TrainingProgrammes = [programme] }];
    }
}
