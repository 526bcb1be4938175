using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Benchmarks.Sql;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>regionGaps for the root region: the engine against the SQL baseline on a normalized, indexed SQLite copy.</summary>
[MedianColumn]
public class SqliteBaselineBenchmarks
{
    private BaselineGraph _graph = null!;
    private SqliteConnection _connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = BaselineGraph.Load();
        var path = RelationalCopy.Sqlite(BaselineGraph.SqlitePath, () => _graph.Content);
        _connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        _connection.Open();
        var rows = RegionGapsSql.Run(_connection, RegionGapsSql.WithoutMappings, _graph.Region, _graph.Year);
        BaselineCheck.AssertAgrees(_graph.Snapshot, _graph.WithoutMappings(), _graph.Region, _graph.Year, rows);
        Console.WriteLine($"SQLite baseline for {_graph.Region} {_graph.Year}: demand agrees with the engine on all {rows.Count} rows, " +
            "and supply, partial supply and accessibility on all of them with the engine on the graph without its mappings.");
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark(Baseline = true, Description = "regionGaps (engine, mappings up to 3 hops)")]
    public RegionGapReport Engine() => GraphAnalyses.RegionGaps(_graph.Snapshot, _graph.Region, _graph.Year);

    [Benchmark(Description = "SQLite, no mappings")]
    public int WithoutMappings() => RegionGapsSql.Run(_connection, RegionGapsSql.WithoutMappings, _graph.Region, _graph.Year).Count;

    [Benchmark(Description = "SQLite, one-hop mappings")]
    public int WithOneHopMappings() => RegionGapsSql.Run(_connection, RegionGapsSql.WithOneHopMappings, _graph.Region, _graph.Year).Count;
}
