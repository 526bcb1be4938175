using CyberSkillsGraph.Storage.Neo4j;
using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Api.Graph;

/// <summary>Where the graph lives and what a fresh install loads. Bound from the "Graph" section.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Which store holds the graph: "sqlite" (the embedded default) or "neo4j".</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>The Neo4j server, when <see cref="Store"/> is "neo4j" (Graph:Neo4j:Uri, User, Password, Database).</summary>
    public Neo4jStoreOptions Neo4j { get; set; } = new();

    /// <summary>
    /// Folder of the embedded database. Defaults to the CYBERSKILLS_DATA environment variable, else the
    /// user's local application data folder.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Folder of dataset documents loaded when the store is empty. Defaults to the seed-data shipped with the binaries.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>Load <see cref="SeedDirectory"/> into an empty store on start.</summary>
    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>
    /// How often this instance asks the store for its revision and reloads when another instance wrote.
    /// Zero turns polling off (a single instance needs none).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string ResolveDatabasePath() => StoreLocation.DatabasePath(DataDirectory);

    public string ResolveSeedDirectory() =>
        SeedDirectory is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "seed-data");
}
