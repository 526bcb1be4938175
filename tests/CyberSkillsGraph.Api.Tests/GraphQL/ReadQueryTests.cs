using CyberSkillsGraph.Domain.Sssom;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

public sealed class ReadQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Role_WhenAskedForTheEcsfCiso_ThenItHasTheEcsfRequirements()
    {
        var data = (await _client.PostAsync("""{ role(id: "ECSF:CISO") { title requires { competence { code } level } } }""")).Data();

        var role = data.GetProperty("role");
        Assert.Equal("Chief Information Security Officer (CISO)", role.GetProperty("title").GetString());
        var requirements = role.GetProperty("requires").EnumerateArray()
            .Select(r => $"{r.GetProperty("competence").GetProperty("code").GetString()}@{r.GetProperty("level").GetInt32()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(["A.7@4", "D.1@5", "E.3@4", "E.8@4", "E.9@5"], requirements);
    }

    [Fact]
    public async Task MappingsSssom_WhenRead_ThenItIsAnSssomSetHoldingEveryMapping()
    {
        var data = (await _client.PostAsync("""{ mappingsSssom mappings(first: 500) { nodes { source target status } } }""")).Data();

        var read = SssomReader.Read(data.GetProperty("mappingsSssom").GetString()!);
        Assert.Empty(read.Problems);
        var listed = data.GetProperty("mappings").GetProperty("nodes").EnumerateArray()
            .Select(m => (m.GetProperty("source").GetString(), m.GetProperty("target").GetString(), m.GetProperty("status").GetString()!.ToLowerInvariant()))
            .Order();
        Assert.Equal(listed, read.Dataset!.Mappings.Select(m => ((string?)m.Source, (string?)m.Target, SssomVocabulary.Name(m.Status))).Order());
    }

    [Fact]
    public async Task Role_WhenIdIsUnknown_ThenItIsNull()
    {
        var data = (await _client.PostAsync("""{ role(id: "NOPE") { title } }""")).Data();

        Assert.Equal(JsonValueKind.Null, data.GetProperty("role").ValueKind);
    }

    [Fact]
    public async Task Framework_WhenAskedForEcsfAndEcf_ThenTheyHoldTheirRolesAndCompetences()
    {
        var data = (await _client.PostAsync("""
            { ecsf: framework(id: "ECSF") { publisher roles { nodes { id } } }
              ecf: framework(id: "ECF") { competences { nodes { code minLevel maxLevel } } }
              frameworks { nodes { id } } }
            """)).Data();

        Assert.Equal(12, data.GetProperty("ecsf").GetProperty("roles").GetProperty("nodes").GetArrayLength());
        Assert.Equal(41, data.GetProperty("ecf").GetProperty("competences").GetProperty("nodes").GetArrayLength());
        Assert.Contains(data.GetProperty("frameworks").GetProperty("nodes").EnumerateArray(), f => f.GetProperty("id").GetString() == "SECBOK");
    }

    [Fact]
    public async Task Regions_WhenListed_ThenMemberStatesHaveTheEuAsParent()
    {
        var data = (await _client.PostAsync("{ regions { nodes { code parent { code } } } region(code: \"EU\") { children { nodes { code } } } }")).Data();

        var germany = data.GetProperty("regions").GetProperty("nodes").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "DE");
        Assert.Equal("EU", germany.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal(27, data.GetProperty("region").GetProperty("children").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Competence_WhenAskedWhoRequiresIt_ThenTheRolesAndLevelsAreListed()
    {
        var data = (await _client.PostAsync("""{ competence(id: "ECF:D.1") { title requiredBy { nodes { role { id } level } } } }""")).Data();

        var requiredBy = data.GetProperty("competence").GetProperty("requiredBy").GetProperty("nodes").EnumerateArray()
            .Select(r => (r.GetProperty("role").GetProperty("id").GetString(), r.GetProperty("level").GetInt32()));
        Assert.Contains(("ECSF:CISO", 5), requiredBy);
        Assert.Contains(("ECSF:LEGAL-POLICY-COMPLIANCE", 4), requiredBy);
    }

    [Fact]
    public async Task Standard_WhenItHasAnIdenticalAdoption_ThenTheMappingCarriesItsCorrespondence()
    {
        var data = (await _client.PostAsync("""
            { standard(id: "ISO/IEC 27001:2022") { title published mappings { nodes { source target relationship correspondence status strength } } } }
            """)).Data();

        var standard = data.GetProperty("standard");
        Assert.Equal("2022-10-25", standard.GetProperty("published").GetString());
        Assert.Contains(standard.GetProperty("mappings").GetProperty("nodes").EnumerateArray(), m =>
            m.GetProperty("source").GetString() == "EN ISO/IEC 27001:2023" &&
            m.GetProperty("relationship").GetString() == "EQUAL" &&
            m.GetProperty("correspondence").GetString() == "IDT" &&
            m.GetProperty("status").GetString() == "APPROVED");
    }

    [Fact]
    public async Task Datasets_WhenListed_ThenEachNamesItsSource()
    {
        var data = (await _client.PostAsync("{ datasets { nodes { id title source } } revision }")).Data();

        Assert.Equal(8, data.GetProperty("datasets").GetProperty("nodes").GetArrayLength());
        Assert.All(data.GetProperty("datasets").GetProperty("nodes").EnumerateArray(), d => Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("source").GetString())));
        Assert.True(data.GetProperty("revision").GetInt64() >= 1);
    }

    [Fact]
    public async Task DemandYears_WhenReadForARegion_ThenTheyAreTheYearsOfItsDemandEntriesNewestFirst()
    {
        var data = (await _client.PostAsync("""{ region(code: "EU") { demandYears } demand(region: "EU", first: 500) { nodes { year } pageInfo { hasNextPage } } }""")).Data();

        Assert.False(data.GetProperty("demand").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var expected = data.GetProperty("demand").GetProperty("nodes").EnumerateArray().Select(d => d.GetProperty("year").GetInt32()).Distinct().OrderDescending();
        var years = data.GetProperty("region").GetProperty("demandYears").EnumerateArray().Select(y => y.GetInt32()).ToList();
        Assert.NotEmpty(years);
        Assert.Equal(expected, years);
    }
}
