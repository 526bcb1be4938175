using BenchmarkDotNet.Attributes;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Gaps;
using CyberSkillsGraph.Benchmarks.Sql;
using Npgsql;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// regionGaps for the root region: the engine against the SQL baseline in PostgreSQL, whose connection
/// string is CYBERSKILLS_BENCH_POSTGRES (scripts/bench/sql-baseline.sh starts a private server and sets it).
/// </summary>
[MedianColumn]
public class PostgresBaselineBenchmarks
{
    private BaselineGraph _graph = null!;
    private NpgsqlConnection _connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        var connectionString = Environment.GetEnvironmentVariable("CYBERSKILLS_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("CYBERSKILLS_BENCH_POSTGRES is not set; scripts/bench/sql-baseline.sh sets it.");
        _graph = BaselineGraph.Load();
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
        RelationalCopy.Postgres(_connection, () => _graph.Content);
        var rows = RegionGapsSql.Run(_connection, RegionGapsSql.WithoutMappings, _graph.Region, _graph.Year);
        BaselineCheck.AssertAgrees(_graph.Snapshot, _graph.WithoutMappings(), _graph.Region, _graph.Year, rows);
        Console.WriteLine($"PostgreSQL baseline for {_graph.Region} {_graph.Year}: demand agrees with the engine on all {rows.Count} rows, " +
            "and supply, partial supply and accessibility on all of them with the engine on the graph without its mappings.");
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark(Baseline = true, Description = "regionGaps (engine, mappings up to 3 hops)")]
    public RegionGapReport Engine() => GraphAnalyses.RegionGaps(_graph.Snapshot, _graph.Region, _graph.Year);

    [Benchmark(Description = "PostgreSQL, no mappings")]
    public int WithoutMappings() => RegionGapsSql.Run(_connection, RegionGapsSql.WithoutMappings, _graph.Region, _graph.Year).Count;

    [Benchmark(Description = "PostgreSQL, one-hop mappings")]
    public int WithOneHopMappings() => RegionGapsSql.Run(_connection, RegionGapsSql.WithOneHopMappings, _graph.Region, _graph.Year).Count;
}
