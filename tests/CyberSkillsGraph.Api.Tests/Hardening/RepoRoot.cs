namespace CyberSkillsGraph.Api.Tests.Hardening;

/// <summary>The repository's root folder: the first folder above the test binaries that holds CyberSkillsGraph.sln.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CyberSkillsGraph.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No CyberSkillsGraph.sln above {AppContext.BaseDirectory}.");
    }
}
