using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Cli;

/// <summary>Opens the store named by --store and builds the snapshot the analyses read.</summary>
internal static class SnapshotLoader
{
    public static async Task<GraphSnapshot> LoadAsync(string? storeSpec, CancellationToken cancellationToken)
    {
        var store = StoreOption.Open(storeSpec);
        await store.InitializeAsync(cancellationToken);
        return GraphSnapshot.Build(await store.LoadAsync(cancellationToken));
    }
}
