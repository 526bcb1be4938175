using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Cli.Synthetic;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// A small write applied to a warm snapshot (supply index built), at each synthetic scale: what a write costs the
/// API after the store committed it, until regionGaps counts it. Validation, which every write also runs, is
/// measured beside it. Compare with <see cref="FullRebuildBenchmarks"/>, what every write cost before.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class WriteBenchmarks
{
    private GraphSnapshot _snapshot = null!;
    private IReadOnlyList<Dataset> _setDemand = null!;
    private IReadOnlyList<Dataset> _register = null!;

    [Params("S", "M", "L")]
    public string Scale { get; set; } = "L";

    [GlobalSetup]
    public void Setup()
    {
        SyntheticScale.TryParse(Scale, out var scale);
        var store = BenchmarkGraph.StoreAsync(scale!).GetAwaiter().GetResult();
        _snapshot = GraphSnapshot.Build(store.LoadAsync(CancellationToken.None).GetAwaiter().GetResult());
        var writes = new SmallWrites(_snapshot);
        GraphAnalyses.RegionGaps(_snapshot, writes.RootRegion, null);
        _setDemand = writes.SetDemand(123);
        _register = writes.RegisterProgramme(1);
    }

    [Benchmark(Description = "setDemand: apply to snapshot")]
    public GraphSnapshot SetDemand() => _snapshot.Apply(_setDemand, _snapshot.Revision + 1);

    [Benchmark(Description = "registerTrainingProgramme: apply to snapshot (supply index updated)")]
    public GraphSnapshot RegisterProgramme() => _snapshot.Apply(_register, _snapshot.Revision + 1);

    [Benchmark(Description = "registerTrainingProgramme: validate")]
    public int ValidateProgramme() => DatasetValidator.Validate([new NamedDataset(null, _register[0])], _snapshot).Count;
}
