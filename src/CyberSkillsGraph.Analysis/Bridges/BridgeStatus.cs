namespace CyberSkillsGraph.Analysis.Bridges;

/// <summary>How far a held role meets one requirement of the role aimed at.</summary>
public enum BridgeStatus
{
    /// <summary>A held competence at the level or above is the required one or covers it fully (an EQUAL or FULL path).</summary>
    Covered,

    /// <summary>A held competence is related through approved mappings, but only partially or below the level.</summary>
    Partial,

    /// <summary>No held competence is related within the hop limit.</summary>
    Lacking,
}
