using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Reference;

/// <summary>The worked example of docs/semantics.md (TestData/worked-example.json) and its two mapping variants.</summary>
internal static class WorkedExample
{
    public static Dataset Dataset
    {
        get
        {
            var result = DatasetReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "worked-example.json")));
            Assert.Empty(result.Problems);
            return result.Dataset!;
        }
    }

    public static GraphContent Content => new(1, [Dataset]);

    /// <summary>The example plus one approved mapping JPX:SEC-MGMT -> ECF:E.8 and programme P4 in DE (30 seats) developing JPX:SEC-MGMT@4.</summary>
    public static GraphContent WithMapping(Relationship relationship, int strength, MappingStatus status = MappingStatus.Approved)
    {
        var dataset = Dataset;
        var p4 = new TrainingProgramme("P4", "P4", "prov", ["DE"], 30, 10, null, null, [new CompetenceLevel("JPX:SEC-MGMT", 4)], [], []);
        var mapping = new Mapping("JPX:SEC-MGMT", relationship, "ECF:E.8", strength, null, null, status, null);
        var variant = dataset with { Mappings = [.. dataset.Mappings, mapping], TrainingProgrammes = [.. dataset.TrainingProgrammes, p4] };
        Assert.Empty(DatasetValidator.Validate(variant, GraphContent.Empty));
        return new GraphContent(1, [variant]);
    }
}
