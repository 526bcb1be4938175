using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Scenarios;

/// <summary>regionGaps and learningPath under a scenario, gapTrend, regionTrend and roleBridge through the real HTTP pipeline, on the seed data.</summary>
public sealed class ScenarioQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(string Competence, int Level)> MissingRowInDeAsync()
    {
        var rows = (await _client.PostAsync("""{ regionGaps(region: "DE") { rows { competence { id } level status } } }"""))
            .Data().GetProperty("regionGaps").GetProperty("rows").EnumerateArray();
        var missing = rows.First(r => r.GetProperty("status").GetString() == "MISSING");
        return (missing.GetProperty("competence").GetProperty("id").GetString()!, missing.GetProperty("level").GetInt32());
    }

    private static object AddingProgramme(string competence, int level, int seats) => new
    {
        addProgrammes = new[]
        {
            new { id = "what-if-1", provider = "prov-ill-de-institut", title = "What if", regions = new[] { "DE" }, seatsPerYear = seats, hours = 40, develops = new[] { new { competence, level } } },
        },
    };

    private const string D1At5 = """
        query($s: ScenarioInput) { revision regionGaps(region: "DE", scenario: $s) {
          year totals { missing } baselineTotals { missing } totalsDelta { missing openings }
          rows { competence { id } level demand supply gap status baseline { demand supply gap status } } } }
        """;

    private static JsonElement RowOf(JsonElement report, string competence, int level) => report.GetProperty("rows").EnumerateArray()
        .Single(r => r.GetProperty("competence").GetProperty("id").GetString() == competence && r.GetProperty("level").GetInt32() == level);

    [Theory]
    [InlineData(100, "SHORTAGE")]
    [InlineData(100_000, "COVERED")]
    public async Task RegionGaps_WhenAScenarioAddsADeProgrammeTeachingD1At5_ThenMissingTurnsIntoShortageOrCoveredAndNothingIsWritten(int seats, string status)
    {
        var stored = (await _client.PostAsync(D1At5, new { s = (object?)null })).Data();
        var before = RowOf(stored.GetProperty("regionGaps"), "ECF:D.1", 5);
        Assert.Equal("MISSING", before.GetProperty("status").GetString());

        var answer = (await _client.PostAsync(D1At5, new { s = AddingProgramme("ECF:D.1", 5, seats) })).Data();

        var report = answer.GetProperty("regionGaps");
        var row = RowOf(report, "ECF:D.1", 5);
        Assert.Equal((status, (long)seats), (row.GetProperty("status").GetString(), row.GetProperty("supply").GetInt64()));
        var baseline = row.GetProperty("baseline");
        Assert.Equal(("MISSING", 0L, before.GetProperty("gap").GetInt64(), before.GetProperty("demand").GetInt64()),
            (baseline.GetProperty("status").GetString(), baseline.GetProperty("supply").GetInt64(), baseline.GetProperty("gap").GetInt64(), baseline.GetProperty("demand").GetInt64()));
        Assert.Equal(-1, report.GetProperty("totalsDelta").GetProperty("missing").GetInt32());
        Assert.Equal(0, report.GetProperty("totalsDelta").GetProperty("openings").GetInt32());
        Assert.Equal(stored.GetProperty("regionGaps").GetProperty("totals").GetProperty("missing").GetInt32(), report.GetProperty("baselineTotals").GetProperty("missing").GetInt32());
        var after = (await _client.PostAsync("""{ revision trainingProgramme(id: "what-if-1") { id } }""")).Data();
        var revision = stored.GetProperty("revision").GetInt64();
        Assert.Equal((revision, revision), (answer.GetProperty("revision").GetInt64(), after.GetProperty("revision").GetInt64()));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("trainingProgramme").ValueKind);
    }

    [Fact]
    public async Task RegionGaps_WhenThereIsNoScenario_ThenBaselinesAndDeltasAreNull()
    {
        var report = (await _client.PostAsync(D1At5, new { s = (object?)null })).Data().GetProperty("regionGaps");

        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (report.GetProperty("baselineTotals").ValueKind, report.GetProperty("totalsDelta").ValueKind));
        Assert.All(report.GetProperty("rows").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("baseline").ValueKind));
    }

    [Fact]
    public async Task RegionGaps_WhenSuppliersAreAskedUnderAScenario_ThenTheAddedProgrammeExplainsTheRow()
    {
        const string query = """
            query($s: ScenarioInput) { regionGaps(region: "DE", scenario: $s) {
              rows { competence { id } level suppliers { programme { id seatsPerYear } countsAsSupply path { class } } } } }
            """;

        var stored = RowOf((await _client.PostAsync(query, new { s = (object?)null })).Data().GetProperty("regionGaps"), "ECF:D.1", 5);
        var answer = RowOf((await _client.PostAsync(query, new { s = AddingProgramme("ECF:D.1", 5, 100) })).Data().GetProperty("regionGaps"), "ECF:D.1", 5);

        Assert.DoesNotContain(stored.GetProperty("suppliers").EnumerateArray(), x => x.GetProperty("countsAsSupply").GetBoolean());
        var added = Assert.Single(answer.GetProperty("suppliers").EnumerateArray(), x => x.GetProperty("programme").GetProperty("id").GetString() == "what-if-1");
        Assert.Equal((100, true, "EQUAL"), (added.GetProperty("programme").GetProperty("seatsPerYear").GetInt32(), added.GetProperty("countsAsSupply").GetBoolean(),
            added.GetProperty("path").GetProperty("class").GetString()));
    }

    [Fact]
    public async Task RegionGaps_WhenTheScenarioIsInvalid_ThenOneBadUserInputErrorListsEveryProblemWithItsPath()
    {
        var scenario = new
        {
            addProgrammes = new[] { new { id = "x", provider = "nobody", title = "x", regions = new[] { "ATLANTIS" }, seatsPerYear = 1, hours = 1, develops = Array.Empty<object>() } },
            demandFactor = 1000.0,
        };

        var error = (await _client.PostAsync("query($s: ScenarioInput!) { regionGaps(region: \"DE\", scenario: $s) { year } }", new { s = scenario })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        var paths = error.GetProperty("extensions").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToList();
        Assert.Contains("scenario.addProgrammes[0].regions[0]", paths);
        Assert.Contains("scenario.addProgrammes[0].provider", paths);
        Assert.Contains("scenario.demandFactor", paths);
    }

    [Theory]
    [InlineData(1e20, "100000000000000000000 is outside 0..100")]
    [InlineData(1e300, "79228162514264337593543950335 is outside 0..100")]
    [InlineData(-1e300, "-79228162514264337593543950335 is outside 0..100")]
    public async Task RegionGaps_WhenADemandFactorIsBeyondWhatADecimalHolds_ThenItIsRefusedWithItsSign(double factor, string message)
    {
        var error = (await _client.PostAsync("query($s: ScenarioInput!) { regionGaps(region: \"DE\", scenario: $s) { year } }", new { s = new { demandFactor = factor } })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        var problem = Assert.Single(error.GetProperty("extensions").GetProperty("problems").EnumerateArray());
        Assert.Equal("scenario.demandFactor", problem.GetProperty("path").GetString());
        Assert.Equal(message, problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RegionGaps_WhenAnAddedProgrammeNamesUnknownRolesAndStandards_ThenTheyAreCheckedLikeARegistration()
    {
        var scenario = new
        {
            addProgrammes = new[]
            {
                new
                {
                    id = "what-if-aligned", provider = "prov-ill-de-institut", title = "What if", regions = new[] { "DE" }, seatsPerYear = 10, hours = 40,
                    develops = new[] { new { competence = "ECF:D.1", level = 5 } }, preparesFor = new[] { "ECSF:NOPE" }, alignedWith = new[] { "ISO:NOPE" }, note = "A note",
                },
            },
        };

        var error = (await _client.PostAsync("query($s: ScenarioInput!) { regionGaps(region: \"DE\", scenario: $s) { year } }", new { s = scenario })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        var paths = error.GetProperty("extensions").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).Order().ToList();
        Assert.Equal(["scenario.addProgrammes[0].alignedWith[0]", "scenario.addProgrammes[0].preparesFor[0]"], paths);
    }

    [Fact]
    public async Task RegionGaps_WhenTheScenarioIsLargerThanItsLimit_ThenItIsRefusedNamingTheList()
    {
        var demand = Enumerable.Range(0, 1001).Select(i => new { region = "DE", role = "ECSF:CISO", year = 2000 + i % 200, openings = 1 }).ToArray();

        var error = (await _client.PostAsync("query($s: ScenarioInput!) { regionGaps(region: \"DE\", scenario: $s) { year } }", new { s = new { demand } })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        var problem = Assert.Single(error.GetProperty("extensions").GetProperty("problems").EnumerateArray());
        Assert.Equal("scenario.demand", problem.GetProperty("path").GetString());
    }

    [Fact]
    public async Task SharedScenario_WhenTheShareIdIsUnknownOrHuge_ThenTheAnswerIsNullWithoutAnError()
    {
        var data = (await _client.PostAsync("query($a: ID!, $b: ID!) { a: sharedScenario(shareId: $a) { name } b: sharedScenario(shareId: $b) { name } }",
            new { a = "not-a-share-id", b = new string('x', 10_000) })).Data();

        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (data.GetProperty("a").ValueKind, data.GetProperty("b").ValueKind));
    }

    [Fact]
    public async Task LearningPath_WhenTheScenarioAddsAProgramme_ThenThePathMayTakeIt()
    {
        var uncovered = (await _client.PostAsync("""{ learningPath(role: "ECSF:CISO", region: "DE") { uncovered { competence { id } level } } }"""))
            .Data().GetProperty("learningPath").GetProperty("uncovered")[0];
        var scenario = AddingProgramme(uncovered.GetProperty("competence").GetProperty("id").GetString()!, uncovered.GetProperty("level").GetInt32(), 10);

        var path = (await _client.PostAsync("""
            query($s: ScenarioInput!) { learningPath(role: "ECSF:CISO", region: "DE", scenario: $s) { steps { programme { id } } } }
            """, new { s = scenario })).Data().GetProperty("learningPath");

        Assert.Contains(path.GetProperty("steps").EnumerateArray(), s => s.GetProperty("programme").GetProperty("id").GetString() == "what-if-1");
    }

    [Fact]
    public async Task GapTrendAndRegionTrend_WhenDeHasDemandIn2022And2023_ThenBothYearsArePoints()
    {
        var (competence, level) = await MissingRowInDeAsync();

        var data = (await _client.PostAsync("""
            query($c: ID!, $l: Int!) { gapTrend(region: "DE", competence: $c, level: $l) { points { year demand supply gap status } }
              regionTrend(region: "DE") { points { year totals { openings } gap } } }
            """, new { c = competence, l = level })).Data();

        Assert.Equal([2022, 2023], data.GetProperty("gapTrend").GetProperty("points").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
        Assert.Equal([2022, 2023], data.GetProperty("regionTrend").GetProperty("points").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
        var last = data.GetProperty("gapTrend").GetProperty("points")[1];
        Assert.Equal("MISSING", last.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RoleBridge_WhenASecBokCisoAimsAtTheEcsfCiso_ThenEveryRequirementHasAStatusAndCoveredOnesAPath()
    {
        var bridge = (await _client.PostAsync("""
            { roleBridge(from: "SECBOK:CISO", to: "ECSF:CISO", region: "DE") {
                from { id } to { id requires { level } }
                requirements { requirement { competence { id } level } status held { competence { id } level } path { class hops path } }
                learningPath { steps { programme { id } } uncovered { competence { id } } } } }
            """)).Data().GetProperty("roleBridge");

        var requirements = bridge.GetProperty("requirements").EnumerateArray().ToList();
        Assert.Equal(bridge.GetProperty("to").GetProperty("requires").GetArrayLength(), requirements.Count);
        Assert.All(requirements, r => Assert.Equal(r.GetProperty("status").GetString() == "LACKING", r.GetProperty("path").ValueKind == JsonValueKind.Null));
        Assert.NotEqual(JsonValueKind.Null, bridge.GetProperty("learningPath").ValueKind);
    }

    [Fact]
    public async Task RoleBridge_WhenTheRoleIsUnknown_ThenTheArgumentIsNamed()
    {
        var error = (await _client.PostAsync("""{ roleBridge(from: "NOPE", to: "ECSF:CISO") { from { id } } }""")).SingleError();

        Assert.Equal(("BAD_USER_INPUT", "from"), (error.Code(), error.GetProperty("extensions").GetProperty("data").GetProperty("argument").GetString()));
    }
}
