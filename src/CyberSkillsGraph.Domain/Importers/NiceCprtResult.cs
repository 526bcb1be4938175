using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Importers;

/// <summary>The dataset made from a CPRT file (null when any problem was found), the problems, and how many elements of each type the file holds.</summary>
public sealed record NiceCprtResult(Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems, IReadOnlyDictionary<string, int> ElementCounts);
