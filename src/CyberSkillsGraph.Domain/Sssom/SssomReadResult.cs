using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Sssom;

/// <summary>
/// What <see cref="SssomReader"/> made of a file: the mapping set as a dataset (null when any
/// problem was found), every problem, and for each mapping the line it came from and the column
/// of each field, so that later checks can point into the file too.
/// </summary>
public sealed record SssomReadResult(Dataset? Dataset, IReadOnlyList<SssomProblem> Problems, IReadOnlyList<int> MappingLines, IReadOnlyDictionary<string, int> FieldColumns);
