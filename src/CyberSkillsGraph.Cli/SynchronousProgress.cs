namespace CyberSkillsGraph.Cli;

/// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so that the bar never lags the work or runs after it ends.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
