using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Paths;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>learningPath and frameworkCoverage on a warm snapshot.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalysisBenchmarks
{
    private GraphSnapshot _snapshot = null!;
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BenchmarkGraph.SnapshotAsync().GetAwaiter().GetResult();
        _workload = Workload.For(_snapshot);
    }

    [Benchmark(Description = "learningPath")]
    public LearningPath LearningPath() => GraphAnalyses.LearningPath(_snapshot, _workload.Role, _workload.LeafRegion);

    [Benchmark(Description = "frameworkCoverage, all ordered pairs")]
    public int FrameworkCoverageAllPairs()
    {
        var elements = 0;
        foreach (var source in _snapshot.Frameworks)
        {
            foreach (var target in _snapshot.Frameworks)
            {
                if (source.Id != target.Id) elements += GraphAnalyses.FrameworkCoverage(_snapshot, source.Id, target.Id).Elements.Count;
            }
        }
        return elements;
    }
}
