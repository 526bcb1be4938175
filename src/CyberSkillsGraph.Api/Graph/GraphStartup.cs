using CyberSkillsGraph.Api.Writes;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Storage;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.Graph;

/// <summary>
/// Prepares the store before the server takes requests: migrates its schema, loads the seed datasets
/// into an empty store, and builds the first snapshot. The work starts when the host starts (before any
/// hosted service's start), so the other hosted services start while it runs; this service's own start
/// waits for it, and the server listens only after every hosted service has started, so no request ever
/// meets a graph that is not loaded yet. Register it after the other hosted services.
/// </summary>
internal sealed class GraphStartup(
    IGraphStore store, GraphState state, IOptions<GraphOptions> options, ILogger<GraphStartup> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private Task _preparing = Task.CompletedTask;
    private CancellationTokenSource? _load;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // Off the host's thread: the other services' starts go on meanwhile.
        _load = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _load.Token;
        _preparing = Task.Run(() => PrepareAsync(token), token);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => _preparing.WaitAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// When another service's start fails while the graph loads, the host is disposed without waiting for this one:
    /// the load is stopped and awaited here, before the store it uses (created first, so disposed after) goes away.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_load is null) return;
        await _load.CancelAsync();
        try
        {
            await _preparing;
        }
        catch (Exception e)
        {
            // Reported by StartAsync when the host got that far; otherwise the host failed for a reason of its own.
            logger.LogDebug(e, "The graph load ended when the host was disposed");
        }
        _load.Dispose();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Opening the {Store} graph store and bringing its schema up to date", options.Value.Store);
        await store.InitializeAsync(cancellationToken);
        await state.ReloadAsync(force: true, cancellationToken);
        if (state.Current.Revision == 0 && options.Value.SeedOnFirstStart)
        {
            logger.LogInformation("The store is empty: loading the seed datasets (first start only)");
            await SeedAsync(cancellationToken);
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value.ResolveSeedDirectory();
        if (!Directory.Exists(seed))
        {
            logger.LogWarning("The store is empty and there is no seed folder at {SeedDirectory}", seed);
            return;
        }
        var (documents, readProblems) = await DatasetFiles.ReadAsync(DatasetFiles.Find(seed), null, cancellationToken);
        try
        {
            var revision = await state.ImportAsync(documents, readProblems, cancellationToken);
            logger.LogInformation("Loaded {Count} seed datasets from {SeedDirectory}; the graph is at revision {Revision}", documents.Count, seed, revision);
        }
        catch (WriteRejectedException e)
        {
            throw new InvalidOperationException($"The seed data in {seed} is invalid:\n" + string.Join("\n", e.Problems.Take(50)), e);
        }
    }
}
