using CyberSkillsGraph.Api.Graph;
using CyberSkillsGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace CyberSkillsGraph.Api.Scenarios;

public static class ScenarioServiceCollectionExtensions
{
    /// <summary>The saved-scenario store, in the graph's data folder.</summary>
    public static IServiceCollection AddScenarios(this IServiceCollection services) =>
        services.AddSingleton(sp => new ScenarioStore(
            StoreLocation.DataDirectory(sp.GetRequiredService<IOptions<GraphOptions>>().Value.DataDirectory),
            sp.GetRequiredService<TimeProvider>()));
}
