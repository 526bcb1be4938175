namespace CyberSkillsGraph.Analysis.Gaps;

public enum GapStatus
{
    /// <summary>No programme in the region, below it or above it fully supplies the competence at the level.</summary>
    Missing,

    /// <summary>Accessible, but the region's programmes have fewer seats than it needs people.</summary>
    Shortage,

    /// <summary>The region's programmes have at least as many seats as it needs people.</summary>
    Covered,
}
