using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>The four analyses through the real HTTP pipeline, on the seed data.</summary>
public sealed class AnalysisQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static IEnumerable<JsonElement> Rows(JsonElement report) => report.GetProperty("rows").EnumerateArray();

    [Theory]
    [InlineData("JP")]
    [InlineData("EU")]
    [InlineData("DE")]
    public async Task RegionGaps_WhenRegionHasDemand_ThenRowsAreSortedAndSomeSkillsAreMissing(string region)
    {
        var data = (await _client.PostAsync("""
            query($region: ID!) { regionGaps(region: $region) {
              region { code } year totals { openings missing shortage covered }
              rows { competence { id } level demand supply partialSupply gap coverageRatio accessible status roles { id } } } }
            """, new { region })).Data();

        var report = data.GetProperty("regionGaps");
        Assert.Equal(2023, report.GetProperty("year").GetInt32());
        var gaps = Rows(report).Select(r => r.GetProperty("gap").GetInt32()).ToList();
        Assert.Equal(gaps.OrderDescending(), gaps);
        Assert.Contains(Rows(report), r => r.GetProperty("status").GetString() == "MISSING" && !r.GetProperty("accessible").GetBoolean());
        Assert.All(Rows(report), r => Assert.Equal(Math.Max(0, r.GetProperty("demand").GetInt32() - r.GetProperty("supply").GetInt32()), r.GetProperty("gap").GetInt32()));
        var totals = report.GetProperty("totals");
        Assert.True(totals.GetProperty("openings").GetInt32() > 0);
        Assert.Equal(Rows(report).Count(), totals.GetProperty("missing").GetInt32() + totals.GetProperty("shortage").GetInt32() + totals.GetProperty("covered").GetInt32());
    }

    [Fact]
    public async Task RegionGaps_WhenRegionIsTheEu_ThenItsOpeningsAreTheSumOfItsMemberStates()
    {
        async Task<int> Openings(string region) =>
            (await _client.PostAsync("query($r: ID!) { regionGaps(region: $r, year: 2023) { totals { openings } } }", new { r = region }))
                .Data().GetProperty("regionGaps").GetProperty("totals").GetProperty("openings").GetInt32();
        var members = (await _client.PostAsync("""{ region(code: "EU") { children { nodes { code } } } }""")).Data()
            .GetProperty("region").GetProperty("children").GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!);

        var sum = 0;
        foreach (var member in members) sum += await Openings(member);

        Assert.Equal(await Openings("EU"), sum);
    }

    [Fact]
    public async Task RegionGaps_WhenRowSuppliersAreRequested_ThenEachCountingSupplierExplainsTheSupply()
    {
        var data = (await _client.PostAsync("""
            { regionGaps(region: "DE") { rows { competence { id } level supply
                suppliers { programme { id seatsPerYear } developedCompetence { id } developedLevel countsAsSupply path { class hops path } } } } }
            """)).Data();

        foreach (var row in Rows(data.GetProperty("regionGaps")))
        {
            var counting = row.GetProperty("suppliers").EnumerateArray().Where(s => s.GetProperty("countsAsSupply").GetBoolean()).ToList();
            Assert.Equal(row.GetProperty("supply").GetInt32(), counting.Sum(s => s.GetProperty("programme").GetProperty("seatsPerYear").GetInt32()));
            Assert.All(counting, s => Assert.True(s.GetProperty("developedLevel").GetInt32() >= row.GetProperty("level").GetInt32()));
        }
    }

    [Fact]
    public async Task LearningPath_WhenCisoInGermany_ThenStepsCoverRequirementsAndHoursAddUp()
    {
        var data = (await _client.PostAsync("""
            { learningPath(role: "ECSF:CISO", region: "DE") { role { id } region { code } totalHours
                steps { programme { id hours } covers { competence { id } level } } uncovered { competence { id } level } } }
            """)).Data();

        var path = data.GetProperty("learningPath");
        var steps = path.GetProperty("steps").EnumerateArray().ToList();
        Assert.NotEmpty(steps);
        Assert.Equal(steps.Sum(s => s.GetProperty("programme").GetProperty("hours").GetInt32()), path.GetProperty("totalHours").GetInt32());
        var covered = steps.SelectMany(s => s.GetProperty("covers").EnumerateArray()).Count() + path.GetProperty("uncovered").GetArrayLength();
        Assert.Equal(5, covered);
    }

    [Fact]
    public async Task Equivalents_WhenAskedForIso27001_ThenItsIdenticalEuropeanAdoptionComesFirst()
    {
        var data = (await _client.PostAsync("""{ equivalents(id: "ISO/IEC 27001:2022") { nodes { element { id } kind class hops minStrength path } } }""")).Data();

        var first = data.GetProperty("equivalents").GetProperty("nodes")[0];
        Assert.Equal("EN ISO/IEC 27001:2023", first.GetProperty("element").GetProperty("id").GetString());
        Assert.Equal(("STANDARD", "EQUAL", 1), (first.GetProperty("kind").GetString(), first.GetProperty("class").GetString(), first.GetProperty("hops").GetInt32()));
    }

    [Fact]
    public async Task FrameworkCoverage_WhenEcsfAgainstNice_ThenEveryRoleIsClassified()
    {
        var data = (await _client.PostAsync("""
            { frameworkCoverage(source: "ECSF", target: "NICE") { source { id } target { id } maxHops
                elements { element { id } kind class best { target hops path } } shares { kind total equal full partial none noneShare } } }
            """)).Data();

        var report = data.GetProperty("frameworkCoverage");
        Assert.Equal(3, report.GetProperty("maxHops").GetInt32());
        var roles = report.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "ROLE");
        Assert.Equal(12, roles.GetProperty("total").GetInt32());
        Assert.Equal(12, roles.GetProperty("equal").GetInt32() + roles.GetProperty("full").GetInt32() + roles.GetProperty("partial").GetInt32() + roles.GetProperty("none").GetInt32());
    }

    [Fact]
    public async Task FrameworkCoverage_WhenNiceVersionOneAgainstVersionTwo_ThenTheApprovedNistCrosswalkCoversFortyOfFiftyTwoRoles()
    {
        var data = (await _client.PostAsync("""
            { frameworkCoverage(source: "NICE-V1", target: "NICE") { shares { kind total equal none } elements { element { id } class best { usesProposed } } } }
            """)).Data();

        var report = data.GetProperty("frameworkCoverage");
        var roles = report.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "ROLE");
        Assert.Equal((52, 40, 12), (roles.GetProperty("total").GetInt32(), roles.GetProperty("equal").GetInt32(), roles.GetProperty("none").GetInt32()));
        Assert.All(report.GetProperty("elements").EnumerateArray().Where(e => e.GetProperty("class").GetString() != "NONE"),
            e => Assert.False(e.GetProperty("best").GetProperty("usesProposed").GetBoolean()));
    }

    [Fact]
    public async Task FrameworkCoverage_WhenProposalsAreIncluded_ThenEcsfRolesReachNiceAndEachPathSaysItUsedAProposal()
    {
        const string Query = """
            query($preview: Boolean) { frameworkCoverage(source: "ECSF", target: "NICE", includeProposed: $preview) {
                shares { kind none } elements { element { id } class best { usesProposed path } } } }
            """;
        static int NoneRoles(JsonElement data) => data.GetProperty("frameworkCoverage").GetProperty("shares").EnumerateArray()
            .Single(s => s.GetProperty("kind").GetString() == "ROLE").GetProperty("none").GetInt32();

        var approvedOnly = (await _client.PostAsync(Query, new { preview = false })).Data();
        var preview = (await _client.PostAsync(Query, new { preview = true })).Data();

        Assert.Equal(12, NoneRoles(approvedOnly));
        Assert.Equal(0, NoneRoles(preview));
        Assert.All(preview.GetProperty("frameworkCoverage").GetProperty("elements").EnumerateArray().Where(e => e.GetProperty("class").GetString() != "NONE"),
            e => Assert.True(e.GetProperty("best").GetProperty("usesProposed").GetBoolean()));
    }

    [Fact]
    public async Task Equivalents_WhenProposalsAreIncluded_ThenProposedNeighboursAppearMarked()
    {
        const string Query = """query($preview: Boolean) { equivalents(id: "SECBOK:CISO", includeProposed: $preview) { nodes { element { id } usesProposed } } }""";

        var approvedOnly = (await _client.PostAsync(Query, new { preview = false })).Data().GetProperty("equivalents").GetProperty("nodes");
        var preview = (await _client.PostAsync(Query, new { preview = true })).Data().GetProperty("equivalents").GetProperty("nodes");

        Assert.Empty(approvedOnly.EnumerateArray());
        Assert.Contains(preview.EnumerateArray(), e => e.GetProperty("element").GetProperty("id").GetString() == "ECSF:CISO" && e.GetProperty("usesProposed").GetBoolean());
    }

    [Fact]
    public async Task RegionGaps_WhenProposalsAreIncluded_ThenTheReportIsMarkedAsAPreview()
    {
        var data = (await _client.PostAsync("""{ regionGaps(region: "JP", includeProposed: true) { includeProposed year totals { openings } } }""")).Data();

        var report = data.GetProperty("regionGaps");
        Assert.True(report.GetProperty("includeProposed").GetBoolean());
        Assert.Equal((2023, 27564), (report.GetProperty("year").GetInt32(), report.GetProperty("totals").GetProperty("openings").GetInt32()));
    }

    [Theory]
    [InlineData("""{ regionGaps(region: "ATLANTIS") { year } }""", "region: unknown region 'ATLANTIS'")]
    [InlineData("""{ learningPath(role: "NOBODY", region: "DE") { totalHours } }""", "role: unknown role 'NOBODY'")]
    [InlineData("""{ learningPath(role: "ECSF:CISO", region: "XX") { totalHours } }""", "region: unknown region 'XX'")]
    [InlineData("""{ frameworkCoverage(source: "NOFW", target: "ECSF") { maxHops } }""", "source: unknown framework 'NOFW'")]
    [InlineData("""{ frameworkCoverage(source: "ECSF", target: "NOFW") { maxHops } }""", "target: unknown framework 'NOFW'")]
    [InlineData("""{ frameworkCoverage(source: "ECSF", target: "NICE", maxHops: 0) { maxHops } }""", "maxHops: 0 is outside 1..5")]
    [InlineData("""{ equivalents(id: "ECF:E.8", maxHops: 6) { nodes { element { id } } } }""", "maxHops: 6 is outside 1..5")]
    [InlineData("""{ equivalents(id: "NOTHING") { nodes { element { id } } } }""", "id: unknown competence, role or standard 'NOTHING'")]
    public async Task Analysis_WhenArgumentIsBad_ThenTheErrorIsBadUserInputNamingIt(string query, string message)
    {
        var error = (await _client.PostAsync(query)).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }
}
