using System.Diagnostics;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Datasets;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// Writes back to back against a warm snapshot, as the API's writer does (validate, then apply; the store's commit is
/// left out), measured once in a fresh process: regionGaps latency of a reader thread for ten seconds without writes and
/// for ten seconds of back-to-back writes (a writer must not stall readers), write latencies, and the managed heap over
/// hundreds more writes.
/// </summary>
internal static class WriteReport
{
    private const int MemoryWrites = 500;
    private static readonly TimeSpan QuietReads = TimeSpan.FromSeconds(10);

    public static async Task RunAsync()
    {
        var store = await BenchmarkGraph.StoreAsync();
        var current = GraphSnapshot.Build(await store.LoadAsync(CancellationToken.None));
        var writes = new SmallWrites(current);
        GraphAnalyses.RegionGaps(current, writes.RootRegion, null);
        var number = 0;

        var quietPhase = Phase.Start();
        var quiet = Read(() => Volatile.Read(ref current), writes.RootRegion, until: Task.Delay(QuietReads));
        var quietGc = quietPhase.Stop();
        var (validate, apply) = (new List<double>(), new List<double>());
        long allocated = 0;
        var burstPhase = Phase.Start();
        var writer = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            // As long as the reads alone ran: a fixed count of writes that got cheaper left too few reads beside them for a p99.
            var burst = Stopwatch.StartNew();
            while (burst.Elapsed < QuietReads) Write();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        var busy = Read(() => Volatile.Read(ref current), writes.RootRegion, until: writer);
        var burstGc = burstPhase.Stop();
        Console.WriteLine($"scale {BenchmarkGraph.Scale.Name}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {GcMode()}");
        Console.WriteLine($"regionGaps({writes.RootRegion}) without writes: {Summary(quiet)}; {quietGc}");
        Console.WriteLine($"regionGaps({writes.RootRegion}) during {apply.Count} back-to-back writes: {Summary(busy)}; {burstGc}");
        Console.WriteLine($"write, validate: {Summary(validate)}");
        Console.WriteLine($"write, apply to snapshot: {Summary(apply)}; the writer allocated {allocated / (double)apply.Count / 1024:0} KB per write");

        var heap = new List<string> { $"{GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0} MiB" };
        for (var block = 0; block < MemoryWrites / 100; block++)
        {
            for (var i = 0; i < 100; i++) Write();
            heap.Add($"{GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0} MiB");
        }
        Console.WriteLine($"managed heap after every 100 of {MemoryWrites} more writes: {string.Join(" → ", heap)}");

        void Write()
        {
            // Alternately a planner's demand and a provider's new programme, as in a busy hour.
            var change = number % 2 == 0 ? writes.SetDemand(100 + number) : writes.RegisterProgramme(number);
            number++;
            var clock = Stopwatch.StartNew();
            var problems = DatasetValidator.Validate([new NamedDataset(null, change[0])], current);
            validate.Add(clock.Elapsed.TotalMilliseconds);
            if (problems.Count > 0) throw new InvalidOperationException(problems[0].ToString());
            clock.Restart();
            Volatile.Write(ref current, current.Apply(change, current.Revision + 1));
            apply.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    private static List<double> Read(Func<GraphSnapshot> current, string region, Task until)
    {
        var latencies = new List<double>();
        while (!until.IsCompleted)
        {
            var clock = Stopwatch.StartNew();
            GraphAnalyses.RegionGaps(current(), region, null);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        until.GetAwaiter().GetResult();
        return latencies;
    }

    private static string Summary(List<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        return $"n={sorted.Length}, median {At(0.5):0.00} ms, p90 {At(0.9):0.00} ms, p99 {At(0.99):0.00} ms, max {sorted[^1]:0.00} ms";
    }

    private static string GcMode() =>
        $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, latency mode {System.Runtime.GCSettings.LatencyMode}";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
