using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Contract;

internal static class StoreTestData
{
    public static Dataset WorkedExample { get; } = Read(Path.Combine(AppContext.BaseDirectory, "TestData", "worked-example.json"));

    public static async Task<IReadOnlyList<Dataset>> SeedAsync()
    {
        var files = DatasetFiles.Find(Path.Combine(AppContext.BaseDirectory, "seed-data"));
        var (documents, problems) = await DatasetFiles.ReadAsync(files, null, TestContext.Current.CancellationToken);
        Assert.Empty(problems);
        return [.. documents.Select(d => d.Dataset)];
    }

    public static Dataset ManyRegions(int count) => new(new DatasetInfo("many", "Many regions", "test"))
    {
        Regions = [.. Enumerable.Range(0, count).Select(i => new Region($"M{i:D6}", $"Region {i}", null))],
    };

    private static Dataset Read(string path)
    {
        var result = DatasetReader.Read(File.ReadAllText(path));
        Assert.Empty(result.Problems);
        return result.Dataset!;
    }
}
