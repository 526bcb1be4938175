using CyberSkillsGraph.Api.Writes;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Storage;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.Graph;

/// <summary>
/// Prepares the store before the server takes requests: migrates its schema, loads the seed datasets
/// into an empty store, and builds the first snapshot.
/// </summary>
internal sealed class GraphStartup(
    IGraphStore store, GraphState state, IOptions<GraphOptions> options, ILogger<GraphStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
