using System.Diagnostics;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>What one phase of a report cost the process: CPU time, collections by generation, the time the runtime was paused for them, and allocation.</summary>
internal sealed record Phase(TimeSpan Cpu, int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    public static Phase Start() => new(Process.GetCurrentProcess().TotalProcessorTime, GC.CollectionCount(0), GC.CollectionCount(1),
        GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public string Stop() =>
        $"CPU {(Process.GetCurrentProcess().TotalProcessorTime - Cpu).TotalSeconds:0.00} s, collections gen0/1/2 " +
        $"{GC.CollectionCount(0) - Gen0}/{GC.CollectionCount(1) - Gen1}/{GC.CollectionCount(2) - Gen2}, paused " +
        $"{(GC.GetTotalPauseDuration() - Paused).TotalMilliseconds:0} ms, allocated {(GC.GetTotalAllocatedBytes() - Allocated) / 1048576.0:0} MiB";
}
