using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests;

/// <summary>Dataset documents for tests: the worked example of docs/semantics.md and small documents read from JSON.</summary>
internal static class TestDocuments
{
    public static string WorkedExampleJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "worked-example.json"));

    public static Dataset WorkedExample => Parse(WorkedExampleJson);

    /// <summary>The worked example as an existing graph at revision 1.</summary>
    public static GraphContent WorkedExampleGraph => new(1, [WorkedExample]);

    public static Dataset Parse(string json)
    {
        var result = DatasetReader.Read(json);
        Assert.Empty(result.Problems);
        return result.Dataset!;
    }

    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seed-data");
}
