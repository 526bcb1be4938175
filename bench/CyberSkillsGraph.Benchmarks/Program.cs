using BenchmarkDotNet.Running;
using CyberSkillsGraph.Benchmarks;

// `--memory` prints the managed heap held by one loaded snapshot, which BenchmarkDotNet's
// allocation counts do not show; anything else goes to BenchmarkDotNet.
if (args is ["--memory"])
{
    await MemoryReport.RunAsync();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkGraph).Assembly).Run(args);
