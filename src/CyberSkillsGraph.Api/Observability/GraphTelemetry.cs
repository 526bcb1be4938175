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
        SnapshotBuild = _meter.CreateHistogram<double>("cyberskills.snapshot.build.duration", unit: "ms", description: "Time to load the graph and build a snapshot, or to apply a local write to it.");
        _meter.CreateObservableGauge("cyberskills.snapshot.revision", () => Interlocked.Read(ref _revision), description: "Store revision of the snapshot being served.");
    }

    public Counter<long> Requests { get; }

    public Histogram<double> Duration { get; }

    public Histogram<double> SnapshotBuild { get; }

    public void SnapshotLoaded(long revision, TimeSpan elapsed)
    {
        Interlocked.Exchange(ref _revision, revision);
        SnapshotBuild.Record(elapsed.TotalMilliseconds);
    }

    public void Dispose() => _meter.Dispose();
}
