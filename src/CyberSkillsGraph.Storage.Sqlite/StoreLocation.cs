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

    /// <summary>
    /// Creates the data folder readable by its owner only (0700 on Unix), since it holds the graph, the audit trail and
    /// the token server's database. An existing folder keeps the mode its owner gave it.
    /// </summary>
    public static void CreateDataDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public static string DatabasePath(string? configuredDataDirectory = null) =>
        Path.Combine(DataDirectory(configuredDataDirectory), DatabaseFileName);
}
