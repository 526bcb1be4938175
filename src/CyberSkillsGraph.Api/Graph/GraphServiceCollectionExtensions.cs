using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Neo4j;
using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// The store, the snapshot holder and the start-up step that loads the graph (seeding an empty store). Call it after
    /// adding the other hosted services: the graph loads while they start (<see cref="GraphStartup"/>).
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section);
        services.AddSingleton<IGraphStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            return options.Store.ToLowerInvariant() switch
            {
                "sqlite" => new SqliteGraphStore(options.ResolveDatabasePath()),
                "neo4j" => Neo4jGraphStore.Create(options.Neo4j, sp.GetRequiredService<ILogger<Neo4jGraphStore>>()),
                _ => throw new InvalidOperationException($"Graph:Store '{options.Store}' is not 'sqlite' or 'neo4j'."),
            };
        });
        services.AddSingleton<GraphState>();
        services.AddHostedService<GraphStartup>();
        // The poller's clock; tests replace it with a fake one.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<RevisionPoller>();
        services.AddHealthChecks().AddCheck<GraphReadyCheck>("graph", tags: ["ready"]);
        return services;
    }
}
