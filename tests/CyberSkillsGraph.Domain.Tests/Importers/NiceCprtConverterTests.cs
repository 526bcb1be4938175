using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Importers;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Tests.Importers;

public sealed class NiceCprtConverterTests
{
    /// <summary>Five work roles, three categories, their OPM codes and one task, cut from NIST's v2.0.0 CPRT file without changes.</summary>
    private static string Sample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "nice-cprt-sample.json"));

    [Fact]
    public void Convert_WhenGivenNistsCprtFile_ThenWorkRolesLandInTheirCategoriesWithTheirOpmCodes()
    {
        var result = NiceCprtConverter.Convert(Sample, "NICE", "nice-cprt", "test");

        Assert.Empty(result.Problems);
        var dataset = result.Dataset!;
        var framework = Assert.Single(dataset.Frameworks);
        Assert.Equal(("NICE", "Components v2.0.0", "NIST"), (framework.Id, framework.Version, framework.Publisher));
        Assert.Equal(["Oversight and Governance", "Protection and Defense", "Investigation"], framework.Categories.Select(c => c.Name));
        Assert.Equal(5, dataset.Roles.Count);
        var privacy = Assert.Single(dataset.Roles, r => r.Id == "NICE:OG-WRL-008");
        Assert.Equal(("Privacy Compliance", "OG"), (privacy.Title, privacy.Category));
        Assert.Equal("OPM cybersecurity work role code 732 in NIST's component file.", privacy.Note);
        Assert.Equal("No OPM code in NIST's component file.", Assert.Single(dataset.Roles, r => r.Id == "NICE:PD-WRL-005").Note);
        Assert.Equal(1, result.ElementCounts["task"]);
        Assert.Empty(DatasetValidator.Validate(dataset, GraphContent.Empty));
    }

    [Fact]
    public void Convert_WhenAWorkRoleHasNoCategory_ThenTheElementIsNamedAndNoDatasetIsMade()
    {
        var json = """
            { "documents": [ { "doc_identifier": "D", "name": "N", "version": "9.9.9" } ],
              "elements": [ { "element_type": "work_role", "element_identifier": "XX-WRL-001", "title": "Lonely role", "text": "", "doc_identifier": "D" },
                            { "element_type": "category", "element_identifier": "OG", "title": "", "text": "", "doc_identifier": "D" } ],
              "relationships": [] }
            """;

        var result = NiceCprtConverter.Convert(json, "NICE", "nice-cprt", "test");

        Assert.Null(result.Dataset);
        Assert.Equal(
            ["$.elements[1].title: a category or work role needs a title", "$.elements[0].element_identifier: work role 'XX-WRL-001' belongs to no category (no category-to-role relationship)"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Convert_WhenTheJsonIsBroken_ThenTheLineIsGiven()
    {
        var problem = Assert.Single(NiceCprtConverter.Convert("{ \"documents\": [\n  { ", "NICE", "d", "s").Problems);

        Assert.StartsWith("malformed JSON at line 2", problem.Message, StringComparison.Ordinal);
    }
}
