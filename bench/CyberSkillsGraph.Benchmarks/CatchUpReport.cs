using System.Diagnostics;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// What a replica pays to see another instance's small write, measured once in a fresh process on a copy of the
/// benchmark database: the writer commits each write to the store, and the replica loads the changes since its revision
/// from the store's change log and merges them into its warm snapshot, beside one full load and build for comparison.
/// </summary>
internal static class CatchUpReport
{
    private const int Writes = 40;

    public static async Task RunAsync()
    {
        await BenchmarkGraph.StoreAsync();
        var folder = Path.Combine(Path.GetTempPath(), "cyberskills-bench", "catch-up-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "graph.db");
        File.Copy(BenchmarkGraph.DatabasePath, path);
        try
        {
            var (writer, replica) = (new SqliteGraphStore(path), new SqliteGraphStore(path));
            await writer.InitializeAsync(CancellationToken.None);
            var clock = Stopwatch.StartNew();
            var snapshot = GraphSnapshot.Build(await replica.LoadAsync(CancellationToken.None));
            var writes = new SmallWrites(snapshot);
            GraphAnalyses.RegionGaps(snapshot, writes.RootRegion, null);
            var fullLoad = clock.Elapsed;

            var (loadChanges, apply, commit) = (new List<double>(), new List<double>(), new List<double>());
            for (var i = 0; i < Writes; i++)
            {
                var change = i % 2 == 0 ? writes.SetDemand(200 + i) : writes.RegisterProgramme(900_000 + i);
                clock.Restart();
                await writer.ApplyAsync(new ChangeSet(change, snapshot.Revision), null, CancellationToken.None);
                commit.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                var changes = await replica.LoadChangesAsync(snapshot.Revision, CancellationToken.None)
                    ?? throw new InvalidOperationException("The change log should hold the last write.");
                loadChanges.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                snapshot = snapshot.Apply([.. changes.SelectMany(c => c.Upserts)], changes[^1].Revision);
                apply.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"scale {BenchmarkGraph.Scale.Name}, load average {LoadAverage()}");
            Console.WriteLine($"replica full load + build + supply index: {fullLoad.TotalMilliseconds:0} ms");
            Console.WriteLine($"writer commit (SQLite transaction with the change log): median {Median(commit):0.00} ms");
            Console.WriteLine($"replica catch-up, load changes since its revision: median {Median(loadChanges):0.00} ms");
            Console.WriteLine($"replica catch-up, merge into the snapshot: median {Median(apply):0.00} ms (alternately setDemand and registerTrainingProgramme)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
