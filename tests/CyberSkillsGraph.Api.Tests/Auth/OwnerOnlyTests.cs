namespace CyberSkillsGraph.Api.Tests.Auth;

/// <summary>The auth database (password hashes, token entries) and every key folder are readable by the owner only.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OwnerOnlyTests
{
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task DataFolder_WhenTheServerHasIssuedTokens_ThenAuthDbAndKeysAreOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only.");
        await using var factory = new ApiFactory();
        await ApiFactory.TokenAsync(factory.CreateClient(), "test-planner", ApiFactory.SecretOf("test-planner"));

        var paths = Directory.GetFiles(factory.DataDirectory, "auth.db*")
            .Concat(new[] { "keys", "data-protection" }.Select(folder => Path.Combine(factory.DataDirectory, folder)))
            .Concat(Directory.GetFiles(Path.Combine(factory.DataDirectory, "keys")))
            .Concat(Directory.GetFiles(Path.Combine(factory.DataDirectory, "data-protection")))
            .ToList();

        Assert.Contains(paths, p => Path.GetFileName(p) == "auth.db");
        Assert.All(paths, path => Assert.True((File.GetUnixFileMode(path) & GroupOrOthers) == 0, $"{path} is {File.GetUnixFileMode(path)}"));
    }

    [Fact]
    public async Task AuthDb_WhenAnOlderInstallLeftItWorldReadable_ThenStartTightensIt()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only.");
        await using var factory = new ApiFactory();
        Directory.CreateDirectory(factory.DataDirectory);
        var authDb = Path.Combine(factory.DataDirectory, "auth.db");
        File.Create(authDb).Dispose();
        File.SetUnixFileMode(authDb, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await ApiFactory.TokenAsync(factory.CreateClient(), "test-planner", ApiFactory.SecretOf("test-planner"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(authDb));
    }
}
