namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// One kind of record a dataset holds, as every part that reads, writes, stores or merges records
/// knows it. The typed descriptor is <see cref="RecordKind{T}"/>; <see cref="RecordKinds.All"/> lists them.
/// </summary>
public interface IRecordKind
{
    /// <summary>The kind's name in code, audit entries and the API, e.g. <c>trainingProgramme</c>.</summary>
    string Name { get; }

    /// <summary>The property that holds these records in a dataset document, e.g. <c>trainingProgrammes</c>.</summary>
    string JsonName { get; }

    /// <summary>How messages name one record, e.g. <c>training programme</c>.</summary>
    string DisplayName { get; }

    /// <summary>How messages name several, e.g. <c>training programmes</c>.</summary>
    string PluralName { get; }

    /// <summary>How many records of this kind the dataset holds.</summary>
    int Count(Dataset dataset);

    /// <summary>The dataset with its records of this kind in the order a written document lists them (by key for most kinds).</summary>
    Dataset Sorted(Dataset dataset);

    /// <summary>The records of this kind as a store keeps them: each one's key and its JSON (<see cref="Datasets.RecordJson"/>).</summary>
    IEnumerable<(string Key, string Json)> Stored(Dataset dataset);

    /// <summary>The dataset with its records of this kind replaced by those a store kept as <paramref name="bodies"/>.</summary>
    Dataset Restored(Dataset dataset, IEnumerable<string> bodies);

    /// <summary>As <see cref="Restored(Dataset, IEnumerable{string})"/> from UTF-8 bodies, parsed on every core: parsing is most of loading a large store.</summary>
    Dataset Restored(Dataset dataset, IReadOnlyList<byte[]> utf8Bodies);

    /// <summary>
    /// Upserts the records of this kind from <paramref name="upserts"/> into <paramref name="datasets"/> as a store does:
    /// by key, a later record winning, each record moving to the dataset that wrote it last. <paramref name="stored"/>, when
    /// given, finds the old record of a key, so that the datasets are searched for that instance rather than by key.
    /// </summary>
    void Upsert(Dataset[] datasets, IReadOnlyDictionary<string, int> datasetIndex, IReadOnlyList<Dataset> upserts, IStoredRecords? stored);
}
