namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// One write as the audit trail keeps it: the revision it produced, when, who, what action on which
/// record, and the record as JSON before (null when created) and after.
/// </summary>
public sealed record AuditEntry(
    long Revision,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Kind,
    string Key,
    string? Before,
    string? After);
