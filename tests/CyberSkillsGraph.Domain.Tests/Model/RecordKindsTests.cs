using System.Text.Json;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Model;

public sealed class RecordKindsTests
{
    [Fact]
    public void All_WhenComparedWithTheDatasetSchema_ThenEachKindIsOneOfItsRecordArraysAndEveryArrayIsAKind()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "schema", "dataset.schema.json")));
        var arrays = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "dataset");

        Assert.Equal(arrays.Order(StringComparer.Ordinal), RecordKinds.All.Select(k => k.JsonName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_WhenADatasetIsWrittenAndReadBack_ThenEachKindFindsItsRecordsUnderItsJsonName()
    {
        var dataset = TestDocuments.WorkedExample;
        var json = JsonDocument.Parse(DatasetWriter.Write(dataset)).RootElement;

        foreach (var kind in RecordKinds.All)
        {
            var count = json.TryGetProperty(kind.JsonName, out var array) ? array.GetArrayLength() : 0;
            Assert.Equal(kind.Count(dataset), count);
        }
    }
}
