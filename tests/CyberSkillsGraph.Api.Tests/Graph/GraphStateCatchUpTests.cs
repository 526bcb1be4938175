using System.Diagnostics.Metrics;
using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Api.Observability;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CyberSkillsGraph.Api.Tests.Graph;

/// <summary>
/// Two <see cref="GraphState"/>s over one SQLite file, as two API instances: after another instance's write, a revision
/// check merges the store's change log into the snapshot instead of loading everything, and gives what a full load gives.
/// </summary>
public sealed class GraphStateCatchUpTests : IDisposable
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "csg-catch-up-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _meters = [];

    [Fact]
    public async Task Reload_WhenAnotherInstanceWroteDemandAndAProgramme_ThenOnlyTheChangesAreLoadedAndTheSnapshotEqualsAFullLoad()
    {
        var (writer, _) = await SeededAsync();
        var (reader, sources) = Open();
        await reader.ReloadAsync(force: true, Cancel);
        // Supply indexes already built are updated in place by a merge, so build them as a serving replica would have.
        foreach (var root in Roots(reader.Current)) GraphAnalyses.RegionGaps(reader.Current, root, null);
        var loadsBefore = sources.GetMeasurementSnapshot().Count;

        await WriteAsync(writer, snapshot =>
        {
            var entry = snapshot.Demand[0] with { Openings = snapshot.Demand[0].Openings + 40 };
            return new Dataset(new DatasetInfo("api-demand", "Demand", "API")) { Demand = [entry] };
        });
        await WriteAsync(writer, snapshot =>
        {
            var region = snapshot.Demand[0].Region;
            var needed = GraphAnalyses.RegionGaps(snapshot, Roots(snapshot)[0], null).Rows.DistinctBy(r => r.Competence.Id).Take(4)
                .Select(r => new CompetenceLevel(r.Competence.Id, r.Level)).ToList();
            var provider = snapshot.Providers[0];
            var programme = new TrainingProgramme("ZZ-CATCH-UP", "Catching up", provider.Id, [region], 500, 40, "online", "en", needed, [], []);
            return new Dataset(new DatasetInfo($"api-provider-{provider.Id}", provider.Name, "API")) { TrainingProgrammes = [programme] };
        });
        await reader.ReloadAsync(force: false, Cancel);

        var measured = sources.GetMeasurementSnapshot().Skip(loadsBefore).ToList();
        Assert.Equal([GraphTelemetry.FromChanges], measured.Select(m => m.Tags["source"]));
        var full = GraphSnapshot.Build(await new SqliteGraphStore(DatabasePath).LoadAsync(Cancel));
        Assert.Equal((writer.Current.Revision, full.Revision), (reader.Current.Revision, reader.Current.Revision));
        Assert.Equal(Documents(full), Documents(reader.Current));
        foreach (var root in Roots(full)) Assert.Equal(Rows(full, root), Rows(reader.Current, root));
    }

    [Fact]
    public async Task Reload_WhenAnotherInstanceWroteAChangeTooLargeToKeep_ThenEverythingIsLoaded()
    {
        var (writer, _) = await SeededAsync();
        var (reader, sources) = Open();
        await reader.ReloadAsync(force: true, Cancel);
        var root = Roots(writer.Current)[0];

        await WriteAsync(writer, _ => new Dataset(new DatasetInfo("many", "Many regions", "test"))
        {
            Regions = [.. Enumerable.Range(0, ChangeLog.MaxRecords + 1).Select(i => new Region($"ZZ{i:D5}", $"Region {i}", root))],
        });
        await reader.ReloadAsync(force: false, Cancel);

        Assert.Equal(GraphTelemetry.FromLoad, sources.GetMeasurementSnapshot()[^1].Tags["source"]);
        Assert.Equal(writer.Current.Revision, reader.Current.Revision);
        Assert.NotNull(reader.Current.FindRegion("ZZ01000"));
    }

    public void Dispose()
    {
        foreach (var meters in _meters) meters.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private string DatabasePath => Path.Combine(_directory, "graph.db");

    /// <summary>An instance with its own meters, so that what it measures is told apart from the other's.</summary>
    private (GraphState State, MetricCollector<double> Sources) Open()
    {
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        _meters.Add(meters);
        var factory = meters.GetRequiredService<IMeterFactory>();
        var state = new GraphState(new SqliteGraphStore(DatabasePath), new GraphTelemetry(factory), NullLogger<GraphState>.Instance);
        return (state, new MetricCollector<double>(factory, GraphTelemetry.Name, "cyberskills.snapshot.build.duration"));
    }

    private async Task<(GraphState State, MetricCollector<double> Sources)> SeededAsync()
    {
        var opened = Open();
        await opened.State.Store.InitializeAsync(Cancel);
        await opened.State.ReloadAsync(force: true, Cancel);
        var (documents, problems) = await DatasetFiles.ReadAsync(DatasetFiles.Find(Path.Combine(AppContext.BaseDirectory, "seed-data")), null, Cancel);
        await opened.State.ImportAsync(documents, problems, Cancel);
        return opened;
    }

    private static Task<long> WriteAsync(GraphState state, Func<GraphSnapshot, Dataset> change) =>
        state.WriteAsync(snapshot => new WriteRequest([new NamedDataset(null, change(snapshot))], []), snapshot => snapshot.Revision, Cancel);

    private static string[] Roots(GraphSnapshot snapshot) => [.. snapshot.RegionTree.Regions.Where(r => r.Parent is null).Select(r => r.Code)];

    private static List<string> Documents(GraphSnapshot snapshot) => [.. snapshot.Content.Datasets.Select(DatasetWriter.Write)];

    private static List<string> Rows(GraphSnapshot snapshot, string region) =>
        [.. GraphAnalyses.RegionGaps(snapshot, region, null).Rows.Select(r =>
            $"{r.Competence.Id} {r.Level} {r.Demand} {r.Supply} {r.PartialSupply} {r.Gap} {r.Accessible}")];
}
