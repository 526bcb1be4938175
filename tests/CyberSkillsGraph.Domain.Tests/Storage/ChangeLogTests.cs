using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;

namespace CyberSkillsGraph.Domain.Tests.Storage;

public sealed class ChangeLogTests
{
    private static (long, string?) Revision(long revision, int regions) =>
        (revision, ChangeLog.Body([new Dataset(new DatasetInfo($"d{revision}", "Regions", "test"))
        {
            Regions = [.. Enumerable.Range(0, regions).Select(i => new Region($"R{revision}-{i}", "Region", null))],
        }]));

    [Fact]
    public void Complete_WhenTheRevisionsTogetherStayWithinTheLimit_ThenEachComesBackWithItsRecords()
    {
        var changes = ChangeLog.Complete(1, 3, [Revision(2, 10), Revision(3, 20)]);

        Assert.Equal([(2L, 10), (3L, 20)], changes!.Select(c => (c.Revision, c.Upserts.Sum(d => d.RecordCount))));
    }

    [Fact]
    public void Complete_WhenSmallRevisionsAddUpToMoreThanTheLimit_ThenTheCallerLoadsEverything()
    {
        var half = ChangeLog.MaxRecords / 2 + 1;

        Assert.Null(ChangeLog.Complete(1, 3, [Revision(2, half), Revision(3, half)]));
    }
}
