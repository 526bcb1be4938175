using System.CommandLine;
using CyberSkillsGraph.Domain.Model;
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
        if (SqlitePath(store) is { } path) return new SqliteGraphStore(path);
        // SqlitePath answers for a missing --store (the default store), so store is set from here on.
        if (store!.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase))
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
        throw new UsageException($"--store: '{store}' is neither sqlite:<path to graph.db> nor neo4j:<http(s) address>.");
    }

    /// <summary>The database file of an SQLite store (the default one when no --store is given), else null.</summary>
    public static string? SqlitePath(string? store) =>
        store is null ? StoreLocation.DatabasePath()
        : store.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? store["sqlite:".Length..]
        : null;

    /// <summary>
    /// Loads the graph for a command that reads it. A store that does not exist is not created, and an empty one
    /// is an error that says so, rather than a report about nothing or a complaint about the arguments.
    /// </summary>
    public static async Task<GraphContent> LoadExistingAsync(string? store, CancellationToken cancellationToken)
    {
        var name = store ?? "sqlite:" + StoreLocation.DatabasePath();
        if (SqlitePath(store) is { } path && !File.Exists(path))
            throw new UsageException($"There is no graph store at {path}. Import datasets into it first: cyberskills import <file or folder> --store {name}");
        var graphStore = Open(store);
        await graphStore.InitializeAsync(cancellationToken);
        var content = await graphStore.LoadAsync(cancellationToken);
        if (content.Datasets.Count == 0)
            throw new UsageException($"The graph store {name} is empty. Import datasets into it first: cyberskills import <file or folder> --store {name}");
        return content;
    }
}
