using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Writes;

public sealed class ProgrammeWriteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Register = """
        mutation($input: TrainingProgrammeInput!) { registerTrainingProgramme(input: $input) {
          id title version retired provider { id } regions { code } develops { competence { id } level } } }
        """;

    private const string Update = """
        mutation($id: ID!, $version: String!, $input: TrainingProgrammeInput!) {
          updateTrainingProgramme(id: $id, version: $version, input: $input) { id title seatsPerYear version } }
        """;

    private static object Input(string title, int seats = 20, string competence = "ECF:D.1", int level = 5, string? provider = null) => new
    {
        title, regions = new[] { "DE" }, seatsPerYear = seats, hours = 30, delivery = "BLENDED", language = "de",
        develops = new[] { new { competence, level } }, provider,
    };

    private async Task<JsonElement> RegisterAsync(HttpClient client, object input) =>
        (await client.PostAsync(Register, new { input })).Data().GetProperty("registerTrainingProgramme");

    private async Task<int> SupplyAsync(string competence, int level)
    {
        var rows = (await factory.CreateClient().PostAsync("{ regionGaps(region: \"DE\") { rows { competence { id } level supply } } }"))
            .Data().GetProperty("regionGaps").GetProperty("rows").EnumerateArray();
        return rows.Single(r => r.GetProperty("competence").GetProperty("id").GetString() == competence && r.GetProperty("level").GetInt32() == level)
            .GetProperty("supply").GetInt32();
    }

    [Fact]
    public async Task Register_WhenAProviderRegistersAProgramme_ThenItIsListedAndCountsAsSupplyAtOnce()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var before = await SupplyAsync("ECF:D.1", 5);

        var programme = await RegisterAsync(provider, Input("Strategy masterclass", seats: 17));

        Assert.Equal("prov-ill-de-institut", programme.GetProperty("provider").GetProperty("id").GetString());
        Assert.StartsWith("prov-ill-de-institut-", programme.GetProperty("id").GetString());
        Assert.Equal(before + 17, await SupplyAsync("ECF:D.1", 5));
        var listed = (await factory.CreateClient().PostAsync("""{ trainingProgrammes(search: "Strategy masterclass", first: 10) { edges { node { id } } } }"""))
            .Data().GetProperty("trainingProgrammes").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString());
        Assert.Contains(programme.GetProperty("id").GetString(), listed);
    }

    [Fact]
    public async Task Register_WhenInputNamesAnotherProvider_ThenTheTokensProviderIsUsed()
    {
        var provider = await factory.ClientForAsync("test-provider-de");

        var programme = await RegisterAsync(provider, Input("Smuggled", provider: "prov-ill-jp-college"));

        Assert.Equal("prov-ill-de-institut", programme.GetProperty("provider").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Update_WhenAnotherProviderTriesIt_ThenForbiddenAndNothingChanges()
    {
        var owner = await factory.ClientForAsync("test-provider-de");
        var programme = await RegisterAsync(owner, Input("Owned by DE"));
        var intruder = await factory.ClientForAsync("test-provider-jp");
        var id = programme.GetProperty("id").GetString();

        var error = (await intruder.PostAsync(Update, new { id, version = programme.GetProperty("version").GetString(), input = Input("Hijacked", seats: 999) })).SingleError();
        var retire = (await intruder.PostAsync("mutation($id: ID!) { retireTrainingProgramme(id: $id) }", new { id })).SingleError();

        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (error.Code(), retire.Code()));
        var stored = (await factory.CreateClient().PostAsync("query($id: ID!) { trainingProgramme(id: $id) { title seatsPerYear retired } }", new { id }))
            .Data().GetProperty("trainingProgramme");
        Assert.Equal(("Owned by DE", 20, false), (stored.GetProperty("title").GetString(), stored.GetProperty("seatsPerYear").GetInt32(), stored.GetProperty("retired").GetBoolean()));
    }

    [Fact]
    public async Task Update_WhenVersionIsStale_ThenConflictAndTheNewerChangeIsKept()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var programme = await RegisterAsync(provider, Input("Versioned"));
        var id = programme.GetProperty("id").GetString();
        var version = programme.GetProperty("version").GetString();
        var first = (await provider.PostAsync(Update, new { id, version, input = Input("Versioned v2", seats: 21) })).Data().GetProperty("updateTrainingProgramme");

        var stale = (await provider.PostAsync(Update, new { id, version, input = Input("Versioned v2 from a stale copy", seats: 5) })).SingleError();

        Assert.Equal("CONFLICT", stale.Code());
        Assert.NotEqual(version, first.GetProperty("version").GetString());
        var stored = (await factory.CreateClient().PostAsync("query($id: ID!) { trainingProgramme(id: $id) { title seatsPerYear } }", new { id })).Data().GetProperty("trainingProgramme");
        Assert.Equal(("Versioned v2", 21), (stored.GetProperty("title").GetString(), stored.GetProperty("seatsPerYear").GetInt32()));
    }

    [Fact]
    public async Task Retire_WhenTheOwnerRetiresAProgramme_ThenItNoLongerCountsButStaysOnRecord()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var programme = await RegisterAsync(provider, Input("Short-lived", seats: 13, competence: "ECF:A.9", level: 5));
        var with = await SupplyAsync("ECF:A.9", 5);

        var retired = (await provider.PostAsync("mutation($id: ID!) { retireTrainingProgramme(id: $id) }", new { id = programme.GetProperty("id").GetString() })).Data();

        Assert.True(retired.GetProperty("retireTrainingProgramme").GetBoolean());
        Assert.Equal(with - 13, await SupplyAsync("ECF:A.9", 5));
        var mine = (await provider.PostAsync("{ myTrainingProgrammes { nodes { id retired } } }")).Data().GetProperty("myTrainingProgrammes").GetProperty("nodes").EnumerateArray();
        Assert.Contains(mine, p => p.GetProperty("id").GetString() == programme.GetProperty("id").GetString() && p.GetProperty("retired").GetBoolean());
    }

    [Fact]
    public async Task Register_WhenInputIsInvalid_ThenEveryProblemIsNamedAndNothingIsWritten()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var revision = (await factory.CreateClient().PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64();

        var error = (await provider.PostAsync(Register, new
        {
            input = new { title = "Broken", regions = new[] { "ATLANTIS" }, seatsPerYear = -5, hours = 10, develops = new[] { new { competence = "ECF:E.8", level = 5 } } },
        })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        var problems = error.GetProperty("extensions").GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("path").GetString()}: {p.GetProperty("message").GetString()}").ToList();
        Assert.Contains("$.trainingProgrammes[0].regions[0]: unknown region 'ATLANTIS'", problems);
        Assert.Contains("$.trainingProgrammes[0].seatsPerYear: -5 is negative; counts must be 0 or more", problems);
        Assert.Contains("$.trainingProgrammes[0].develops[0].level: 5 is above ECF:E.8's maxLevel 4", problems);
        Assert.Equal(revision, (await factory.CreateClient().PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64());
    }

    [Fact]
    public async Task Register_WhenTextHoldsQuotesAndQueryFragments_ThenItIsStoredVerbatim()
    {
        const string hostile = "Robert'); DROP TABLE training_programmes;-- \" MATCH (n) DETACH DELETE n {{}} ✓ 日本語";
        var provider = await factory.ClientForAsync("test-provider-de");

        var programme = await RegisterAsync(provider, Input(hostile));

        Assert.Equal(hostile, programme.GetProperty("title").GetString());
        var stored = (await factory.CreateClient().PostAsync("query($id: ID!) { trainingProgramme(id: $id) { title } }", new { id = programme.GetProperty("id").GetString() }))
            .Data().GetProperty("trainingProgramme").GetProperty("title").GetString();
        Assert.Equal(hostile, stored);
    }

    [Fact]
    public async Task Register_WhenTitleIsAMegabyte_ThenItIsRefusedCleanly()
    {
        var provider = await factory.ClientForAsync("test-provider-de");

        var error = (await provider.PostAsync(Register, new { input = Input(new string('x', 1_000_000)) })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("is 1000000 characters long", error.GetProperty("message").GetString());
    }
}
