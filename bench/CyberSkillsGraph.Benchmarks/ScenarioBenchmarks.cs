using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Scenarios;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// regionGaps for the root region under a planner-sized scenario (5 programmes added, 20 seat changes,
/// 5 retirements, demand grown overall and for one role, 10 demand entries set) against the plain
/// report on the same warm snapshot. Target: within 10× of the plain one.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScenarioBenchmarks
{
    private GraphSnapshot _snapshot = null!;
    private Workload _workload = null!;
    private Scenario _scenario = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BenchmarkGraph.SnapshotAsync().GetAwaiter().GetResult();
        _workload = Workload.For(_snapshot);
        _scenario = PlannerScenario(_snapshot, _workload);
        if (ScenarioValidator.Validate(_snapshot, _scenario) is { Count: > 0 } problems)
            throw new InvalidOperationException("The benchmark scenario is invalid: " + string.Join("; ", problems.Take(5)));
    }

    [Benchmark(Baseline = true, Description = "regionGaps (plain)")]
    public RegionGapReport Plain() => GraphAnalyses.RegionGaps(_snapshot, _workload.RootRegion, null);

    [Benchmark(Description = "regionGaps under a scenario (with its baseline)")]
    public RegionGapReport WithScenario() => ScenarioAnalyses.RegionGaps(_snapshot, _workload.RootRegion, null, _scenario);

    private static Scenario PlannerScenario(GraphSnapshot snapshot, Workload workload)
    {
        var report = GraphAnalyses.RegionGaps(snapshot, workload.RootRegion, null);
        var provider = snapshot.Providers[0].Id;
        var added = report.Rows.Take(5).Select((row, i) => new TrainingProgramme(
            $"what-if-{i}", "What if", provider, [workload.LeafRegion], 500, 40, null, null,
            [new CompetenceLevel(row.Competence.Id, row.Level)], [], [])).ToList();
        var leaf = snapshot.RegionTree.IndexOf(workload.LeafRegion);
        var offered = Enumerable.Range(0, snapshot.Programmes.Count)
            .Where(p => snapshot.ProgrammeRegions.TargetsOf(p).Contains(leaf)).Take(25).Select(p => snapshot.Programmes[p].Id).ToList();
        var changes = offered.Take(20).Select(id => new ProgrammeChange(id, 200, false))
            .Concat(offered.Skip(20).Select(id => new ProgrammeChange(id, null, true))).ToList();
        var demand = snapshot.Demand.Where(d => d.Year == workload.Year).Take(10).Select(d => d with { Openings = d.Openings * 2 }).ToList();
        return new Scenario
        {
            AddProgrammes = added,
            ChangeProgrammes = changes,
            DemandFactor = 1.1m,
            RoleDemandFactors = [new RoleDemandFactor(workload.Role, 1.5m)],
            Demand = demand,
        };
    }
}
