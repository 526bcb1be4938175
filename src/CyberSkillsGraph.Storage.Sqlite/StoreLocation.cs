namespace CyberSkillsGraph.Storage.Sqlite;

/// <summary>Where the embedded database lives unless configured: shared by the API and the CLI so both find the same graph.</summary>
public static class StoreLocation
{
    public const string DataEnvironmentVariable = "CYBERSKILLS_DATA";
    public const string DatabaseFileName = "graph.db";

    /// <summary>The configured folder, else CYBERSKILLS_DATA, else the user's local application data folder.</summary>
    public static string DataDirectory(string? configured = null) =>
        configured is { Length: > 0 } ? configured
        : Environment.GetEnvironmentVariable(DataEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "CyberSkillsGraph");

    public static string DatabasePath(string? configuredDataDirectory = null) =>
        Path.Combine(DataDirectory(configuredDataDirectory), DatabaseFileName);
}
