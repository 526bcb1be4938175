using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>The order of a snapshot's demand entries: region, then role (ordinal), then year. Two entries are equal exactly when their keys are.</summary>
internal sealed class DemandOrder : IComparer<DemandEntry>
{
    public static DemandOrder Instance { get; } = new();

    public int Compare(DemandEntry? x, DemandEntry? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var order = string.CompareOrdinal(x.Region, y.Region);
        if (order == 0) order = string.CompareOrdinal(x.Role, y.Role);
        return order != 0 ? order : x.Year.CompareTo(y.Year);
    }
}
