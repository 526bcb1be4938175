using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CyberSkillsGraph.Api.Observability;

/// <summary>
/// The platform's own traces and metrics: one span per GraphQL request, request counts, latency and
/// errors by operation type, snapshot rebuild time and the revision being served.
/// </summary>
public sealed class GraphTelemetry : IDisposable
{
    public const string Name = "CyberSkillsGraph";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter _meter;
    private long _revision;

    public GraphTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        Requests = _meter.CreateCounter<long>("cyberskills.graphql.requests", description: "GraphQL requests, by operation type and outcome.");
        Duration = _meter.CreateHistogram<double>("cyberskills.graphql.duration", unit: "ms", description: "Time to answer a GraphQL request.");
        SnapshotBuild = _meter.CreateHistogram<double>("cyberskills.snapshot.build.duration", unit: "ms", description: "Time to make a new snapshot: to apply a local write or another instance's changes to it, or to load the graph and build it.");
        _meter.CreateObservableGauge("cyberskills.snapshot.revision", () => Interlocked.Read(ref _revision), description: "Store revision of the snapshot being served.");
    }

    public Counter<long> Requests { get; }

    public Histogram<double> Duration { get; }

    public Histogram<double> SnapshotBuild { get; }

    /// <summary>The <c>source</c> of a new snapshot: a local write merged into the current one.</summary>
    public const string FromWrite = "write";

    /// <summary>Another instance's changes, loaded from the store's change log and merged into the current snapshot.</summary>
    public const string FromChanges = "changes";

    /// <summary>Everything loaded from the store and built again.</summary>
    public const string FromLoad = "load";

    /// <summary>Records a new snapshot, tagged with its <c>source</c> (<see cref="FromWrite"/>, <see cref="FromChanges"/> or <see cref="FromLoad"/>).</summary>
    public void SnapshotLoaded(long revision, TimeSpan elapsed, string source)
    {
        Interlocked.Exchange(ref _revision, revision);
        SnapshotBuild.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("source", source));
    }

    public void Dispose() => _meter.Dispose();
}
