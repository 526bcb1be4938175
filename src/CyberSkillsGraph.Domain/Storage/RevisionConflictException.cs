namespace CyberSkillsGraph.Domain.Storage;

/// <summary>Another writer changed the store after the caller read the revision it expected.</summary>
public sealed class RevisionConflictException(long expected, long actual)
    : Exception($"The graph moved from revision {expected} to {actual} while this change was prepared.")
{
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}
