using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Importers;

/// <summary>
/// A training catalogue read as a dataset of the providers and programmes whose rows could be read
/// (null only when the header is unusable), every problem, and the row each programme and provider
/// came from so that later checks can point back into the file. Nothing may be written while any
/// problem remains.
/// </summary>
public sealed record CatalogueReadResult(Dataset? Dataset, IReadOnlyList<CatalogueProblem> Problems, IReadOnlyList<int> ProgrammeRows, IReadOnlyList<int> ProviderRows);
