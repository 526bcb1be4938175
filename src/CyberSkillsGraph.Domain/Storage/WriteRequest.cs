using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Storage;

/// <summary>What one write changes: the documents to upsert (with problems found reading them) and the audit entries that describe it.</summary>
public sealed record WriteRequest(IReadOnlyList<NamedDataset> Documents, IReadOnlyList<AuditEntry> Audit, IReadOnlyList<DatasetProblem>? ReadProblems = null);
