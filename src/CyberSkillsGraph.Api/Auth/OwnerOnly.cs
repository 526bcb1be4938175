using CyberSkillsGraph.Storage.Sqlite;

namespace CyberSkillsGraph.Api.Auth;

/// <summary>
/// Files and folders that hold secrets (auth.db, token keys, cookie keys) are created readable by the
/// owner only, and tightened if an older install left them open. On Windows the folder's ACL applies.
/// </summary>
internal static class OwnerOnly
{
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode = FileMode | UnixFileMode.UserExecute;

    /// <summary>Creates the folder as the data folder is created (owner-only), and tightens it if it already existed.</summary>
    public static void Folder(string path)
    {
        StoreLocation.CreateDataDirectory(path);
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(path, FolderMode);
    }

    /// <summary>Creates an empty file owner-only when it is missing (SQLite then gives its journal files the same mode), else tightens it.</summary>
    public static void File(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!System.IO.File.Exists(path))
        {
            using var _ = new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
        }
        System.IO.File.SetUnixFileMode(path, FileMode);
    }

    /// <summary>Opens a new file for writing that nobody but the owner can read, not even for a moment.</summary>
    public static StreamWriter CreateText(string path, System.IO.FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new StreamWriter(path, options);
    }
}
