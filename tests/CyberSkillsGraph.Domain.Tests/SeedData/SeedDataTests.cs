using System.Text.Json;
using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;
using Json.Schema;

namespace CyberSkillsGraph.Domain.Tests.SeedData;

public sealed class SeedDataTests
{
    private static readonly IReadOnlyList<string> SeedFiles = DatasetFiles.Find(TestDocuments.SeedDirectory);

    // The schema library keeps a registry keyed by $id, so the schema is built once per test run.
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestDocuments.SeedDirectory, "schema", "dataset.schema.json")));

    public static TheoryData<string> SeedFileNames => [.. SeedFiles.Select(Path.GetFileName).OfType<string>()];

    private static async Task<IReadOnlyList<NamedDataset>> ReadSeedAsync()
    {
        var (documents, problems) = await DatasetFiles.ReadAsync(SeedFiles, null, TestContext.Current.CancellationToken);
        Assert.Empty(problems);
        return documents;
    }

    private static async Task<GraphContent> SeedGraphAsync() => new(1, [.. (await ReadSeedAsync()).Select(d => d.Dataset)]);

    [Theory]
    [MemberData(nameof(SeedFileNames))]
    public void SeedFile_WhenCheckedAgainstTheJsonSchema_ThenItIsValid(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestDocuments.SeedDirectory, fileName)));

        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public async Task SeedFiles_WhenValidatedTogetherIntoAnEmptyGraph_ThenTheyHaveNoProblem()
    {
        var documents = await ReadSeedAsync();

        Assert.Empty(DatasetValidator.Validate(documents, GraphContent.Empty));
    }

    [Fact]
    public void Schema_WhenDocumentHasAMisspeltField_ThenItIsInvalid()
    {
        using var document = JsonDocument.Parse("""{ "dataset": { "id": "x", "title": "x", "source": "x" }, "regoins": [] }""");

        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }

    /// <summary>docs/data.md, 03-ecsf-2022.json: each ECSF profile's e-CF competences and levels, as printed by ENISA.</summary>
    public static TheoryData<string, string, string> EcsfProfiles => new()
    {
        { "ECSF:CISO", "Chief Information Security Officer (CISO)", "A.7@4 D.1@5 E.3@4 E.8@4 E.9@5" },
        { "ECSF:INCIDENT-RESPONDER", "Cyber Incident Responder", "A.7@3 B.2@2 B.3@3 B.5@3 C.4@4" },
        { "ECSF:LEGAL-POLICY-COMPLIANCE", "Cyber Legal, Policy & Compliance Officer", "A.1@4 D.1@4 E.8@3 E.9@4" },
        { "ECSF:THREAT-INTELLIGENCE", "Cyber Threat Intelligence Specialist", "B.5@3 D.7@4 D.10@4 E.4@3 E.8@4" },
        { "ECSF:ARCHITECT", "Cybersecurity Architect", "A.5@5 A.6@3 B.1@3 B.3@3 B.6@4" },
        { "ECSF:AUDITOR", "Cybersecurity Auditor", "B.3@4 B.5@3 E.3@4 E.6@4 E.8@4" },
        { "ECSF:EDUCATOR", "Cybersecurity Educator", "D.3@3 D.9@3 E.8@3" },
        { "ECSF:IMPLEMENTER", "Cybersecurity Implementer", "A.5@3 A.6@3 B.1@3 B.3@3 B.6@4" },
        { "ECSF:RESEARCHER", "Cybersecurity Researcher", "A.7@5 A.9@5 C.4@3 D.7@4 D.10@3" },
        { "ECSF:RISK-MANAGER", "Cybersecurity Risk Manager", "E.3@4 E.5@3 E.7@4 E.9@4" },
        { "ECSF:FORENSICS-INVESTIGATOR", "Digital Forensics Investigator", "A.7@3 B.3@4 B.5@3 E.3@3" },
        { "ECSF:PENTESTER", "Penetration Tester", "B.2@4 B.3@4 B.4@2 B.5@3 E.3@4" },
    };

    [Theory]
    [MemberData(nameof(EcsfProfiles))]
    public async Task EcsfProfile_WhenLoaded_ThenItsRequirementsMatchTheEcsf(string id, string title, string requirements)
    {
        var graph = await SeedGraphAsync();

        var role = Assert.Single(graph.Roles, r => r.Id == id);
        Assert.Equal(title, role.Title);
        Assert.Equal("ECSF", role.Framework);
        var expected = requirements.Split(' ').Select(r => r.Split('@')).Select(p => new CompetenceLevel("ECF:" + p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected.OrderBy(r => r.Competence, StringComparer.Ordinal), role.Requires.OrderBy(r => r.Competence, StringComparer.Ordinal));
        Assert.NotEmpty(role.AltTitles);
    }

    [Fact]
    public async Task Ecsf_WhenLoaded_ThenItHasExactlyTwelveProfiles()
    {
        Assert.Equal(12, (await SeedGraphAsync()).Roles.Count(r => r.Framework == "ECSF"));
    }

    [Fact]
    public async Task Ecf_WhenLoaded_ThenItHasTheFortyOneCompetencesOfVersionFour()
    {
        var competences = (await SeedGraphAsync()).Competences.Where(c => c.Framework == "ECF").ToList();

        Assert.Equal(41, competences.Count);
        Assert.Contains(competences, c => c is { Code: "E.8", MinLevel: 2, MaxLevel: 4 });
        Assert.Contains(competences, c => c is { Code: "D.1", MinLevel: 4, MaxLevel: 5 });
        Assert.Contains(competences, c => c is { Code: "A.6", MinLevel: 1, MaxLevel: 3 });
    }

    [Fact]
    public async Task Regions_WhenLoaded_ThenTheEuHasItsTwentySevenMemberStatesAndJapanIsARoot()
    {
        var regions = (await SeedGraphAsync()).Regions.ToList();

        Assert.Equal(27, regions.Count(r => r.Parent == "EU"));
        Assert.Contains(regions, r => r is { Code: "JP", Parent: null });
        Assert.Contains(regions, r => r is { Code: "DE", Parent: "EU" });
    }

    [Fact]
    public async Task Standards_WhenLoaded_ThenIdenticalAdoptionsAreRecorded()
    {
        var mappings = (await SeedGraphAsync()).Mappings.ToList();

        Assert.Contains(mappings, m => m is { Source: "EN ISO/IEC 27001:2023", Target: "ISO/IEC 27001:2022", Relationship: Relationship.Equal, Correspondence: Correspondence.Identical, Status: MappingStatus.Approved });
        Assert.Contains(mappings, m => m is { Source: "JIS X 5070-1:2011", Target: "ISO/IEC 15408-1:2009", Correspondence: Correspondence.Identical, Status: MappingStatus.Approved });
    }

    [Fact]
    public async Task Nice_WhenLoaded_ThenItHoldsTheFortyOneWorkRolesOfComponentsTwoInFiveCategories()
    {
        var graph = await SeedGraphAsync();
        var roles = graph.Roles.Where(r => r.Framework == "NICE").ToList();

        Assert.Equal(41, roles.Count);
        Assert.Equal(["DD", "IN", "IO", "OG", "PD"], roles.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(roles, r => r is { Id: "NICE:DD-WRL-009", Title: "Operational Technology (OT) Cybersecurity Engineering" });
        Assert.Equal("Components v2.0.0", Assert.Single(graph.Frameworks, f => f.Id == "NICE").Version);
    }

    [Fact]
    public async Task NiceVersionOne_WhenLoaded_ThenEveryRoleKeptInVersionTwoHasAnApprovedEqualMappingByNist()
    {
        var graph = await SeedGraphAsync();
        var v2 = graph.Roles.Where(r => r.Framework == "NICE").Select(r => r.Id).ToHashSet();
        var crosswalk = graph.Mappings.Where(m => m.Source.StartsWith("NICE-V1:", StringComparison.Ordinal)).ToList();

        Assert.Equal(52, graph.Roles.Count(r => r.Framework == "NICE-V1"));
        Assert.Equal(40, crosswalk.Count);
        Assert.All(crosswalk, m =>
        {
            Assert.Equal((Relationship.Equal, MappingStatus.Approved, "NIST"), (m.Relationship, m.Status, m.Author));
            Assert.Equal(m.Source["NICE-V1:".Length..], m.Target["NICE:".Length..]);
            Assert.Contains(m.Target, v2);
        });
    }

    [Fact]
    public async Task Nice2017_WhenLoaded_ThenEachRoleWithAVersionTwoCounterpartMapsToItThroughItsOpmCode()
    {
        var graph = await SeedGraphAsync();
        var v2Notes = graph.Roles.Where(r => r.Framework == "NICE").ToDictionary(r => r.Id, r => r.Note ?? "");
        var crosswalk = graph.Mappings.Where(m => m.Source.StartsWith("NICE-2017:", StringComparison.Ordinal)).ToList();

        Assert.Equal(52, graph.Roles.Count(r => r.Framework == "NICE-2017"));
        Assert.Equal(40, crosswalk.Count);
        Assert.Equal(38, crosswalk.Count(m => m.Relationship == Relationship.Equal));
        Assert.Equal(["NICE-2017:SP-SYS-001", "NICE-2017:SP-SYS-002"],
            crosswalk.Where(m => m is { Relationship: Relationship.SubsetOf, Target: "NICE:DD-WRL-004" }).Select(m => m.Source).Order(StringComparer.Ordinal));
        Assert.All(crosswalk, m =>
        {
            Assert.Equal((MappingStatus.Approved, "NIST"), (m.Status, m.Author));
            var opm = System.Text.RegularExpressions.Regex.Match(Assert.Single(graph.Roles, r => r.Id == m.Source).Note ?? "", @"code (\d{3})").Groups[1].Value;
            Assert.Contains(opm, v2Notes[m.Target]);
        });
        Assert.Contains(crosswalk, m => m is { Source: "NICE-2017:OV-EXL-001", Target: "NICE:OG-WRL-007" });
    }

    [Fact]
    public async Task DssP_WhenLoaded_ThenItHasFifteenRolesOverFivePersonTypesEachWithAJapaneseName()
    {
        var graph = await SeedGraphAsync();
        var roles = graph.Roles.Where(r => r.Framework == "DSS-P").ToList();

        Assert.Equal(15, roles.Count);
        Assert.Equal(5, roles.Select(r => r.Category).Distinct().Count());
        Assert.All(roles, r => Assert.Contains(r.AltTitles[0], c => c is >= '\u3040' and <= '\u30ff'));
        Assert.Equal("1.2", Assert.Single(graph.Frameworks, f => f.Id == "DSS-P").Version);
    }

    [Fact]
    public async Task Demand_WhenLoaded_ThenEachFigureIsFiledUnderTheYearOfItsSurvey()
    {
        var years = (await SeedGraphAsync()).Demand.Select(d => d.Year).Distinct().Order();

        Assert.Equal([2022, 2023], years);
    }

    [Fact]
    public async Task Datasets_WhenIllustrative_ThenTheirTitleSaysSo()
    {
        var documents = await ReadSeedAsync();

        foreach (var document in documents.Where(d => d.Dataset.TrainingProgrammes.Count > 0 || d.Dataset.Demand.Count > 0))
            Assert.StartsWith("Illustrative", document.Dataset.Info.Title);
        Assert.All(documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Dataset.Info.Source)));
    }
}
