using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// From the SQLite file to a snapshot ready to answer gap reports: load every record, build the
/// arrays, and build the supply index by asking one gap report. Few iterations: each takes seconds.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SnapshotBuildBenchmarks
{
    private SqliteGraphStore _store = null!;
    private string _root = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = BenchmarkGraph.StoreAsync().GetAwaiter().GetResult();
        var snapshot = GraphSnapshot.Build(_store.LoadAsync(CancellationToken.None).GetAwaiter().GetResult());
        _root = Workload.For(snapshot).RootRegion;
    }

    [Benchmark(Description = "load + snapshot + supply index")]
    public async Task<int> LoadAndBuild()
    {
        var snapshot = GraphSnapshot.Build(await _store.LoadAsync(CancellationToken.None));
        return GraphAnalyses.RegionGaps(snapshot, _root, null).Rows.Count;
    }
}
