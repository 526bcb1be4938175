namespace CyberSkillsGraph.Domain.Storage;

/// <summary>Which audit entries to read, newest first: optionally for one actor or one record, at most <paramref name="Limit"/>, below a revision for paging.</summary>
public sealed record AuditQuery(string? Actor = null, string? Key = null, long? BeforeRevision = null, int Limit = 100);
