using System.CommandLine;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Neo4j;
using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Cli;

/// <summary>The --store option shared by every command: which graph store to open.</summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "sqlite:<path to graph.db> or neo4j:<http(s) address> (credentials from Graph__Neo4j__User, Graph__Neo4j__Password, " +
                      "Graph__Neo4j__Database). Default: the API's embedded store (CYBERSKILLS_DATA, else the local application data folder).",
    };

    public static IGraphStore Open(string? store)
    {
        if (store is null) return new SqliteGraphStore(StoreLocation.DatabasePath());
        if (store.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) return new SqliteGraphStore(store["sqlite:".Length..]);
        if (store.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase))
        {
            // Credentials come from the environment, as for the API, so they never appear in a command line or shell history.
            var options = new Neo4jStoreOptions
            {
                Uri = Uri.TryCreate(store["neo4j:".Length..], UriKind.Absolute, out var uri) ? uri : null,
                User = Environment.GetEnvironmentVariable("Graph__Neo4j__User"),
                Password = Environment.GetEnvironmentVariable("Graph__Neo4j__Password"),
                Database = Environment.GetEnvironmentVariable("Graph__Neo4j__Database") is { Length: > 0 } database ? database : "neo4j",
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--store: {e.Message}");
            }
            return Neo4jGraphStore.Create(options);
        }
        throw new UsageException($"--store: '{store}' is not sqlite:<path>.");
    }
}
