using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Storage.Contract;

/// <summary>One comparison for every store test: the same records, whatever order the store returns them in.</summary>
internal static class StoreAssert
{
    public static void SameRecords(Dataset expected, Dataset actual)
    {
        // The writer sorts records and renders nested lists, so equal text means equal records.
        Assert.Equal(DatasetWriter.Write(expected), DatasetWriter.Write(actual));
    }
}
