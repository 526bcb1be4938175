using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Cli.Synthetic;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// The synthetic graph the benchmarks run on, imported once into an SQLite file that later runs reuse.
/// The scale comes from CYBERSKILLS_BENCH_SCALE (S, M or L; default L), the seed is fixed.
/// </summary>
internal static class BenchmarkGraph
{
    public const int Seed = 42;

    public static SyntheticScale Scale =>
        SyntheticScale.TryParse(Environment.GetEnvironmentVariable("CYBERSKILLS_BENCH_SCALE") ?? "L", out var scale)
            ? scale
            : throw new InvalidOperationException("CYBERSKILLS_BENCH_SCALE must be S, M or L.");

    public static string DatabasePath => DatabasePathOf(Scale);

    public static string DatabasePathOf(SyntheticScale scale) =>
        Path.Combine(Path.GetTempPath(), "cyberskills-bench", $"{scale.Name}-{Seed}-v1.db");

    public static Task<SqliteGraphStore> StoreAsync() => StoreAsync(Scale);

    /// <summary>Creates the database on first use: generate, validate and import as one change set.</summary>
    public static async Task<SqliteGraphStore> StoreAsync(SyntheticScale scale)
    {
        var store = new SqliteGraphStore(DatabasePathOf(scale));
        await store.InitializeAsync(CancellationToken.None);
        if (await store.GetRevisionAsync(CancellationToken.None) > 0) return store;
        var documents = SyntheticGraphGenerator.Generate(scale, Seed).Select(d => new NamedDataset(d.Info.Id, d)).ToList();
        var result = await new DatasetImporter(store).ImportAsync(documents, [], null, null, CancellationToken.None);
        if (!result.Succeeded) throw new InvalidOperationException("The synthetic graph is invalid:\n" + string.Join("\n", result.Problems.Take(20)));
        return store;
    }

    public static async Task<GraphSnapshot> SnapshotAsync()
    {
        var store = await StoreAsync();
        return GraphSnapshot.Build(await store.LoadAsync(CancellationToken.None));
    }
}
