using System.Diagnostics;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>Time and managed memory of building one snapshot from the store, measured once in a fresh process.</summary>
internal static class MemoryReport
{
    public static async Task RunAsync()
    {
        var store = await BenchmarkGraph.StoreAsync();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var phase = Phase.Start();
        var content = await store.LoadAsync(CancellationToken.None);
        var loaded = clock.Elapsed;
        var loadPhase = phase.Stop();
        phase = Phase.Start();
        var snapshot = GraphSnapshot.Build(content);
        var built = clock.Elapsed;
        var buildPhase = phase.Stop();
        var root = Workload.RootOf(snapshot);
        var supplyStart = clock.Elapsed;
        phase = Phase.Start();
        GraphAnalyses.RegionGaps(snapshot, root, null);
        var supply = clock.Elapsed - supplyStart;
        var supplyPhase = phase.Stop();
        var peak = GC.GetGCMemoryInfo().HeapSizeBytes;
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(snapshot);
        Console.WriteLine($"scale {BenchmarkGraph.Scale.Name}: load {loaded.TotalSeconds:0.00} s, snapshot {(built - loaded).TotalSeconds:0.00} s, " +
                          $"supply index {supply.TotalSeconds:0.00} s; managed heap held {held / 1048576.0:0} MiB, heap size at end {peak / 1048576.0:0} MiB");
        Console.WriteLine($"load: {loadPhase}; snapshot: {buildPhase}; supply index: {supplyPhase}");
    }
}
