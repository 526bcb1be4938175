using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>Keeps every log line, at every level, with its exception, so that a test can look for secrets in them.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
        // Structured values reach log sinks too, not only the message.
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
            foreach (var (key, value) in values) _lines.Enqueue($"  {key}={value}");
    }
}
