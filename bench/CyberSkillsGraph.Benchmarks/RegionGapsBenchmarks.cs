using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Analysis.Snapshot;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>regionGaps for the root region on the snapshot, against the same question as one SQL query (the baseline).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RegionGapsBenchmarks
{
    private GraphSnapshot _snapshot = null!;
    private Workload _workload = null!;
    private SqliteConnection _connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BenchmarkGraph.SnapshotAsync().GetAwaiter().GetResult();
        _workload = Workload.For(_snapshot);
        _connection = new SqliteConnection($"Data Source={BenchmarkGraph.DatabasePath};Mode=ReadOnly");
        _connection.Open();
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark(Baseline = true, Description = "SQL baseline (no mappings)")]
    public int SqlRegionGaps() => SqlBaseline.Run(_connection, _workload.RootRegion, _workload.Year).Count;

    [Benchmark(Description = "regionGaps (engine)")]
    public RegionGapReport EngineRegionGaps() => GraphAnalyses.RegionGaps(_snapshot, _workload.RootRegion, null);
}
