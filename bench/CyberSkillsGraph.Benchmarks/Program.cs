using BenchmarkDotNet.Running;
using CyberSkillsGraph.Benchmarks;

// `--memory` prints the managed heap held by one loaded snapshot, which BenchmarkDotNet's
// allocation counts do not show; `--writes` reads during a burst of writes and the heap over
// hundreds of them; `--catch-up` what a replica pays to see another instance's writes; anything
// else goes to BenchmarkDotNet.
if (args is ["--memory"])
{
    await MemoryReport.RunAsync();
    return;
}
if (args is ["--catch-up"])
{
    await CatchUpReport.RunAsync();
    return;
}
if (args is ["--writes"])
{
    await WriteReport.RunAsync();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkGraph).Assembly).Run(args);
