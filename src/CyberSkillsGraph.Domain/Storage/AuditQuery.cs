namespace CyberSkillsGraph.Domain.Storage;

/// <summary>
/// Which audit entries to read, newest first: optionally for one actor or one record, below a revision, after
/// leaving out the first <paramref name="Skip"/> that match, at most <paramref name="Limit"/>. Entries of one
/// revision keep the order they were written in, so a page can start in the middle of a revision.
/// </summary>
public sealed record AuditQuery(string? Actor = null, string? Key = null, long? BeforeRevision = null, int Limit = 100, int Skip = 0);
