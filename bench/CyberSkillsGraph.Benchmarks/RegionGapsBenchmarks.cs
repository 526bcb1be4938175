using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>regionGaps for the root region on the snapshot (the SQL baselines are in SqliteBaselineBenchmarks and PostgresBaselineBenchmarks).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RegionGapsBenchmarks
{
    private GraphSnapshot _snapshot = null!;
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BenchmarkGraph.SnapshotAsync().GetAwaiter().GetResult();
        _workload = Workload.For(_snapshot);
    }

    [Benchmark(Description = "regionGaps (engine)")]
    public RegionGapReport EngineRegionGaps() => GraphAnalyses.RegionGaps(_snapshot, _workload.RootRegion, null);
}
