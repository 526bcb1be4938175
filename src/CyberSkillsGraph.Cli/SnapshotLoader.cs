using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Cli;

/// <summary>Loads the existing, non-empty store named by --store and builds the snapshot the analyses read.</summary>
internal static class SnapshotLoader
{
    public static async Task<GraphSnapshot> LoadAsync(string? storeSpec, CancellationToken cancellationToken) =>
        GraphSnapshot.Build(await StoreOption.LoadExistingAsync(storeSpec, cancellationToken));
}
