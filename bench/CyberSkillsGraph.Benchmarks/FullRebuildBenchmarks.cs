using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Cli.Synthetic;
using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// What every write cost before snapshots were updated in place, at each synthetic scale: reload every record from
/// the store, build the snapshot, and build the supply index (the first regionGaps after the write).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FullRebuildBenchmarks
{
    private SqliteGraphStore _store = null!;
    private string _root = null!;

    [Params("S", "M", "L")]
    public string Scale { get; set; } = "L";

    [GlobalSetup]
    public void Setup()
    {
        SyntheticScale.TryParse(Scale, out var scale);
        _store = BenchmarkGraph.StoreAsync(scale!).GetAwaiter().GetResult();
        _root = Workload.RootOf(GraphSnapshot.Build(_store.LoadAsync(CancellationToken.None).GetAwaiter().GetResult()));
    }

    [Benchmark(Description = "reload store + build snapshot + supply index")]
    public async Task<int> ReloadAndRebuild()
    {
        var snapshot = GraphSnapshot.Build(await _store.LoadAsync(CancellationToken.None));
        return GraphAnalyses.RegionGaps(snapshot, _root, null).Rows.Count;
    }
}
