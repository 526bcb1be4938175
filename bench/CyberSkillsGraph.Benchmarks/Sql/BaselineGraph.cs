using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Benchmarks.Sql;

/// <summary>The benchmark graph's records and snapshot, and the question asked of both the engine and SQL.</summary>
internal sealed record BaselineGraph(GraphContent Content, GraphSnapshot Snapshot, string Region, int Year)
{
    /// <summary>The same graph with every mapping removed: what the SQL baseline without mappings must match exactly.</summary>
    public GraphSnapshot WithoutMappings() =>
        GraphSnapshot.Build(Content with { Datasets = [.. Content.Datasets.Select(d => d with { Mappings = [] })] });

    /// <summary>The relational SQLite copy of the benchmark graph, beside the store it is made from.</summary>
    public static string SqlitePath => Path.Combine(Path.GetDirectoryName(BenchmarkGraph.DatabasePath)!,
        $"{BenchmarkGraph.Scale.Name}-{BenchmarkGraph.Seed}-relational-v1.db");

    public static BaselineGraph Load()
    {
        var store = BenchmarkGraph.StoreAsync().GetAwaiter().GetResult();
        var content = store.LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        var snapshot = GraphSnapshot.Build(content);
        var workload = Workload.For(snapshot);
        return new BaselineGraph(content, snapshot, workload.RootRegion, workload.Year);
    }
}
