namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// Every record of the graph, each under the dataset that last wrote it, at one store revision.
/// </summary>
public sealed record GraphContent(long Revision, IReadOnlyList<Dataset> Datasets)
{
    public static GraphContent Empty { get; } = new(0, []);

    public IEnumerable<Region> Regions => Datasets.SelectMany(d => d.Regions);
    public IEnumerable<Framework> Frameworks => Datasets.SelectMany(d => d.Frameworks);
    public IEnumerable<Competence> Competences => Datasets.SelectMany(d => d.Competences);
    public IEnumerable<Role> Roles => Datasets.SelectMany(d => d.Roles);
    public IEnumerable<Standard> Standards => Datasets.SelectMany(d => d.Standards);
    public IEnumerable<Mapping> Mappings => Datasets.SelectMany(d => d.Mappings);
    public IEnumerable<Provider> Providers => Datasets.SelectMany(d => d.Providers);
    public IEnumerable<TrainingProgramme> TrainingProgrammes => Datasets.SelectMany(d => d.TrainingProgrammes);
    public IEnumerable<DemandEntry> Demand => Datasets.SelectMany(d => d.Demand);
}
