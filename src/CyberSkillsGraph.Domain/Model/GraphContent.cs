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

    /// <summary>
    /// The content after a store applied <paramref name="upserts"/> as one change at <paramref name="revision"/>: a dataset's
    /// description is replaced in place or the dataset added at the end, and each record replaces the one with its key,
    /// moving to the dataset that wrote it. Lists of kinds the change does not touch are shared, not copied.
    /// <paramref name="stored"/>, when given, finds the records the change replaces (it must index this content), so that a
    /// small write does not compare the key of every record of its kind.
    /// </summary>
    public GraphContent With(IReadOnlyList<Dataset> upserts, long revision, IStoredRecords? stored = null)
    {
        var datasets = new List<Dataset>(Datasets);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < datasets.Count; i++) index[datasets[i].Info.Id] = i;
        foreach (var upsert in upserts)
        {
            if (index.TryGetValue(upsert.Info.Id, out var i)) datasets[i] = datasets[i] with { Info = upsert.Info };
            else
            {
                index[upsert.Info.Id] = datasets.Count;
                datasets.Add(new Dataset(upsert.Info));
            }
        }
        var merged = datasets.ToArray();
        foreach (var kind in RecordKinds.All) kind.Upsert(merged, index, upserts, stored);
        return new GraphContent(revision, merged);
    }
}
