namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>Reads dataset documents from a file, or from every <c>*.json</c> file of a folder in ordinal name order.</summary>
public static class DatasetFiles
{
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path)) return [path];
        if (Directory.Exists(path))
            return [.. Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
        throw new FileNotFoundException($"No dataset file or folder at '{path}'.", path);
    }

    /// <summary>
    /// Reads every document; problems carry the file name. Every document that parsed is returned, even one with problems,
    /// so the importer can validate them all together: a caller must not store them unless the problem list is empty.
    /// </summary>
    public static async Task<(IReadOnlyList<NamedDataset> Documents, IReadOnlyList<DatasetProblem> Problems)> ReadAsync(
        IReadOnlyList<string> files, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var documents = new List<NamedDataset>();
        var problems = new List<DatasetProblem>();
        foreach (var file in files)
        {
            progress?.Report(file);
            await using var stream = File.OpenRead(file);
            var result = await DatasetReader.ReadAsync(stream, cancellationToken);
            var name = Path.GetFileName(file);
            problems.AddRange(result.Problems.Select(p => p with { Document = name }));
            if (result.Dataset is not null) documents.Add(new NamedDataset(name, result.Dataset));
        }
        return (documents, problems);
    }
}
