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

    [Fact]
    public void All_WhenComparedWithTheDatasetType_ThenEveryRecordListOfADatasetIsExactlyOneKind()
    {
        var lists = typeof(Dataset).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0]);

        Assert.Equal(lists.Select(t => t.Name).Order(StringComparer.Ordinal), RecordKinds.All.Select(k => k.GetType().GetGenericArguments()[0].Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Restored_WhenGivenWhatStoredGave_ThenEachKindGetsItsRecordsBackUnderTheirKeys()
    {
        var dataset = TestDocuments.WorkedExample;
        var empty = new Dataset(dataset.Info);

        foreach (var kind in RecordKinds.All)
        {
            var stored = kind.Stored(dataset).ToList();
            var restored = kind.Restored(empty, stored.Select(s => s.Json));

            Assert.Equal(kind.Count(dataset), kind.Count(restored));
            Assert.Equal(stored, kind.Stored(restored));
        }
    }

    [Fact]
    public void Complete_WhenAPartHasNoEntryForAKind_ThenItRefusesNamingTheKind()
    {
        var entries = RecordKinds.All.Where(k => k != RecordKinds.TrainingProgrammes).ToList();

        var error = Assert.Throws<InvalidOperationException>(() => RecordKinds.Complete(entries, k => k, "The test store"));

        Assert.Equal("The test store has no entry for training programmes.", error.Message);
    }

    [Fact]
    public void Complete_WhenEntriesComeInAnotherOrder_ThenTheyAreGivenInTheOrderOfAll()
    {
        Assert.Equal(RecordKinds.All, RecordKinds.Complete([.. RecordKinds.All.Reverse()], k => k, "The test part"));
    }

    [Fact]
    public void Sorted_WhenDemandRegionsShareAPrefix_ThenEntriesGoByRegionRoleAndYearNotByTheirKeyText()
    {
        var info = new DatasetInfo("d", "D", "test");
        var dataset = new Dataset(info)
        {
            Demand = [new("DE-BY", "R", 2023, 1, null, null), new("DE", "R", 2024, 1, null, null), new("DE", "R", 2023, 1, null, null)],
        };

        var sorted = RecordKinds.Demand.Sorted(dataset).Demand;

        Assert.Equal(["DE|R|2023", "DE|R|2024", "DE-BY|R|2023"], sorted.Select(e => e.Key));
    }
}
