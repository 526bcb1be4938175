using System.CommandLine;
using CyberSkillsGraph.Domain.Storage;
using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Cli;

/// <summary>The --store option shared by every command: which graph store to open.</summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "sqlite:<path to graph.db>. Default: the API's embedded store (CYBERSKILLS_DATA, else the local application data folder).",
    };

    public static IGraphStore Open(string? store)
    {
        if (store is null) return new SqliteGraphStore(StoreLocation.DatabasePath());
        if (store.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) return new SqliteGraphStore(store["sqlite:".Length..]);
        if (store.StartsWith("neo4j:", StringComparison.OrdinalIgnoreCase))
            throw new UsageException("--store: this build has no Neo4j store yet; use sqlite:<path>.");
        throw new UsageException($"--store: '{store}' is not sqlite:<path>.");
    }
}
