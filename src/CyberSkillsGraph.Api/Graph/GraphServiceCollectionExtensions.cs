using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The store, the snapshot holder and the start-up step that seeds an empty store.</summary>
    public static IServiceCollection AddGraph(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section);
        services.AddSingleton<IGraphStore>(sp =>
            new SqliteGraphStore(sp.GetRequiredService<IOptions<GraphOptions>>().Value.ResolveDatabasePath()));
        services.AddSingleton<GraphState>();
        services.AddHostedService<GraphStartup>();
        services.AddHostedService<RevisionPoller>();
        services.AddHealthChecks().AddCheck<GraphReadyCheck>("graph", tags: ["ready"]);
        return services;
    }
}
