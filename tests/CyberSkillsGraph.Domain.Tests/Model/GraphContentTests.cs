using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Model;

public sealed class GraphContentTests
{
    private static readonly Region Eu = new("EU", "European Union", null);
    private static readonly Region De = new("DE", "Germany", "EU");

    [Fact]
    public void With_WhenARecordIsWrittenByAnotherDataset_ThenItMovesThereAndReplacesTheOldOne()
    {
        var content = new GraphContent(3, [new Dataset(new DatasetInfo("seed", "Seed", "test")) { Regions = [Eu, De] }]);
        var renamed = De with { Name = "Deutschland" };

        var next = content.With([new Dataset(new DatasetInfo("api", "API", "test")) { Regions = [renamed] }], 4);

        Assert.Equal(4, next.Revision);
        Assert.Equal(["seed", "api"], next.Datasets.Select(d => d.Info.Id));
        Assert.Equal([Eu], next.Datasets[0].Regions);
        Assert.Equal([renamed], next.Datasets[1].Regions);
        Assert.Equal([Eu, De], content.Datasets[0].Regions);
    }

    [Fact]
    public void With_WhenADatasetIsWrittenAgain_ThenItsDescriptionIsReplacedInPlaceAndTheLastRecordOfAKeyWins()
    {
        var content = new GraphContent(1, [
            new Dataset(new DatasetInfo("a", "A", "test")) { Regions = [Eu] },
            new Dataset(new DatasetInfo("b", "B", "test")),
        ]);
        var first = De with { Name = "first" };
        var last = De with { Name = "last" };

        var next = content.With([
            new Dataset(new DatasetInfo("a", "A2", "test")) { Regions = [first] },
            new Dataset(new DatasetInfo("b", "B", "test")) { Regions = [last] },
        ], 2);

        Assert.Equal(["A2", "B"], next.Datasets.Select(d => d.Info.Title));
        Assert.Equal([Eu], next.Datasets[0].Regions);
        Assert.Equal([last], next.Datasets[1].Regions);
    }

    [Fact]
    public void With_WhenAKindIsNotWritten_ThenItsListIsSharedNotCopied()
    {
        var regions = new[] { Eu };
        var content = new GraphContent(1, [new Dataset(new DatasetInfo("a", "A", "test")) { Regions = regions }]);

        var next = content.With([new Dataset(new DatasetInfo("a", "A", "test")) { Demand = [new DemandEntry("EU", "r", 2026, 1, null, null)] }], 2);

        Assert.Same(regions, next.Datasets[0].Regions);
        Assert.Single(next.Datasets[0].Demand);
    }

    [Fact]
    public void With_WhenTheFinderNamesTheStoredRecord_ThenThatInstanceIsReplacedInItsDataset()
    {
        var old = new DemandEntry("EU", "r", 2026, 1, null, null);
        var other = new DemandEntry("EU", "r", 2027, 2, null, null);
        var content = new GraphContent(1, [new Dataset(new DatasetInfo("seed", "Seed", "test")) { Demand = [old, other] }]);
        var updated = old with { Openings = 5 };

        var next = content.With([new Dataset(new DatasetInfo("api", "API", "test")) { Demand = [updated] }], 2, new Finder(old));

        Assert.Equal([other], next.Datasets[0].Demand);
        Assert.Equal([updated], next.Datasets[1].Demand);
    }

    [Fact]
    public void With_WhenTheFinderNamesARecordTheContentDoesNotHold_ThenTheOldRecordIsFoundByKey()
    {
        var old = new DemandEntry("EU", "r", 2026, 1, null, null);
        var content = new GraphContent(1, [new Dataset(new DatasetInfo("seed", "Seed", "test")) { Demand = [old] }]);
        var updated = old with { Openings = 5 };

        var next = content.With([new Dataset(new DatasetInfo("api", "API", "test")) { Demand = [updated] }], 2, new Finder(old with { }));

        Assert.Empty(next.Datasets[0].Demand);
        Assert.Equal([updated], next.Datasets[1].Demand);
    }

    /// <summary>Answers every demand key with one stored entry, as a snapshot indexing the content would.</summary>
    private sealed class Finder(DemandEntry stored) : IStoredRecords
    {
        public bool TryFind<T>(RecordKind<T> kind, T record, out T? found)
        {
            found = record is DemandEntry ? (T)(object)stored : default;
            return record is DemandEntry;
        }
    }
}
