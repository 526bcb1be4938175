namespace CyberSkillsGraph.Domain.Storage;

/// <summary>How a write through <see cref="GraphWriter"/> ended.</summary>
public enum WriteStatus
{
    /// <summary>The change was stored at a new revision.</summary>
    Written,

    /// <summary>The change was empty (the same values again): nothing was stored and the revision stays.</summary>
    Unchanged,

    /// <summary>The change broke a rule of the data: nothing was stored; the problems say why.</summary>
    Rejected,

    /// <summary>Other writers moved the store on during every attempt: nothing was stored.</summary>
    Conflict,
}
