using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Writes;

public sealed class ProgrammeWriteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Register = """
        mutation($input: TrainingProgrammeInput!) { registerTrainingProgramme(input: $input) {
          trainingProgramme { id title version retired provider { id } regions { code } develops { competence { id } level } }
          userErrors { field code message } } }
        """;

    private const string Update = """
        mutation($input: UpdateTrainingProgrammeInput!) {
          updateTrainingProgramme(input: $input) { trainingProgramme { id title seatsPerYear version } userErrors { field code message } } }
        """;

    private const string Retire = """
        mutation($input: RetireTrainingProgrammeInput!) {
          retireTrainingProgramme(input: $input) { trainingProgramme { id retired version } userErrors { field code message } } }
        """;

    private static object UpdateInput(string? id, string? version, string title, int seats = 20, string competence = "ECF:D.1") => new
    {
        id, version, title, regions = new[] { "DE" }, seatsPerYear = seats, hours = 30, delivery = "BLENDED", language = "de",
        develops = new[] { new { competence, level = 5 } },
    };

    private static async Task<long> RevisionAsync(HttpClient client) =>
        (await client.PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64();

    private static object Input(string title, int seats = 20, string competence = "ECF:D.1", int level = 5, string? provider = null) => new
    {
        title, regions = new[] { "DE" }, seatsPerYear = seats, hours = 30, delivery = "BLENDED", language = "de",
        develops = new[] { new { competence, level } }, provider,
    };

    private async Task<JsonElement> RegisterAsync(HttpClient client, object input)
    {
        var payload = (await client.PostAsync(Register, new { input })).Data().GetProperty("registerTrainingProgramme");
        Assert.Empty(payload.UserErrors());
        return payload.GetProperty("trainingProgramme");
    }

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

        var error = (await intruder.PostAsync(Update, new { input = UpdateInput(id, programme.GetProperty("version").GetString(), "Hijacked", seats: 999) })).SingleError();
        var retire = (await intruder.PostAsync(Retire, new { input = new { id } })).SingleError();

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
        var first = (await provider.PostAsync(Update, new { input = UpdateInput(id, version, "Versioned v2", seats: 21) })).Data().GetProperty("updateTrainingProgramme");

        var stale = (await provider.PostAsync(Update, new { input = UpdateInput(id, version, "Versioned v2 from a stale copy", seats: 5) })).SingleError();

        Assert.Equal("CONFLICT", stale.Code());
        Assert.Empty(first.UserErrors());
        Assert.NotEqual(version, first.GetProperty("trainingProgramme").GetProperty("version").GetString());
        var stored = (await factory.CreateClient().PostAsync("query($id: ID!) { trainingProgramme(id: $id) { title seatsPerYear } }", new { id })).Data().GetProperty("trainingProgramme");
        Assert.Equal(("Versioned v2", 21), (stored.GetProperty("title").GetString(), stored.GetProperty("seatsPerYear").GetInt32()));
    }

    [Fact]
    public async Task Retire_WhenTheOwnerRetiresAProgramme_ThenItNoLongerCountsButStaysOnRecord()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var programme = await RegisterAsync(provider, Input("Short-lived", seats: 13, competence: "ECF:A.9", level: 5));
        var with = await SupplyAsync("ECF:A.9", 5);

        var retired = (await provider.PostAsync(Retire, new { input = new { id = programme.GetProperty("id").GetString() } })).Data().GetProperty("retireTrainingProgramme");

        // The programme comes back retired, under its id, so that a normalising cache updates the copy it holds.
        Assert.Empty(retired.UserErrors());
        Assert.Equal(programme.GetProperty("id").GetString(), retired.GetProperty("trainingProgramme").GetProperty("id").GetString());
        Assert.True(retired.GetProperty("trainingProgramme").GetProperty("retired").GetBoolean());
        Assert.NotEqual(programme.GetProperty("version").GetString(), retired.GetProperty("trainingProgramme").GetProperty("version").GetString());
        Assert.Equal(with - 13, await SupplyAsync("ECF:A.9", 5));
        var mine = (await provider.PostAsync("{ myTrainingProgrammes { nodes { id retired } } }")).Data().GetProperty("myTrainingProgrammes").GetProperty("nodes").EnumerateArray();
        Assert.Contains(mine, p => p.GetProperty("id").GetString() == programme.GetProperty("id").GetString() && p.GetProperty("retired").GetBoolean());
    }

    [Fact]
    public async Task Register_WhenInputIsInvalid_ThenEveryProblemPointsIntoTheInputAndNothingIsWritten()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var revision = await RevisionAsync(factory.CreateClient());

        var response = await provider.PostAsync(Register, new
        {
            input = new { title = "Broken", regions = new[] { "ATLANTIS" }, seatsPerYear = -5, hours = 10, develops = new[] { new { competence = "ECF:E.8", level = 5 } } },
        });

        var payload = response.Data().GetProperty("registerTrainingProgramme");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("trainingProgramme").ValueKind);
        var errors = payload.UserErrors();
        Assert.Contains("input/regions/0 INVALID: unknown region 'ATLANTIS'", errors);
        Assert.Contains("input/seatsPerYear INVALID: -5 is negative; counts must be 0 or more", errors);
        Assert.Contains("input/develops/0/level INVALID: 5 is above ECF:E.8's maxLevel 4", errors);
        Assert.Equal(revision, await RevisionAsync(factory.CreateClient()));
    }

    [Fact]
    public async Task Register_WhenARegionIsListedTwice_ThenTheMessagePointsIntoTheInputToo()
    {
        var provider = await factory.ClientForAsync("test-provider-de");

        var payload = (await provider.PostAsync(Register, new
        {
            input = new { title = "Twice", regions = new[] { "DE", "DE" }, seatsPerYear = 5, hours = 10, develops = new[] { new { competence = "ECF:D.1", level = 5 } } },
        })).Data().GetProperty("registerTrainingProgramme");

        Assert.Equal(["input/regions/1 INVALID: 'DE' is listed twice (first at input.regions[0])"], payload.UserErrors());
    }

    [Fact]
    public async Task Update_WhenInputIsInvalid_ThenUserErrorsPointIntoTheInputAndTheProgrammeIsUnchanged()
    {
        var provider = await factory.ClientForAsync("test-provider-de");
        var programme = await RegisterAsync(provider, Input("Kept as is"));
        var id = programme.GetProperty("id").GetString();
        var input = UpdateInput(id, programme.GetProperty("version").GetString(), "Kept as is, or not", competence: "ECF:NOPE");
        var revision = await RevisionAsync(factory.CreateClient());

        var payload = (await provider.PostAsync(Update, new { input })).Data().GetProperty("updateTrainingProgramme");

        Assert.Equal(["input/develops/0/competence INVALID: unknown competence 'ECF:NOPE'"], payload.UserErrors());
        Assert.Equal(revision, await RevisionAsync(factory.CreateClient()));
        var stored = (await factory.CreateClient().PostAsync("query($id: ID!) { trainingProgramme(id: $id) { title } }", new { id })).Data();
        Assert.Equal("Kept as is", stored.GetProperty("trainingProgramme").GetProperty("title").GetString());
    }

    [Fact]
    public async Task UpdateAndRetire_WhenTheProgrammeDoesNotExist_ThenNotFoundPointsAtTheInputId()
    {
        var provider = await factory.ClientForAsync("test-provider-de");

        var update = (await provider.PostAsync(Update, new { input = UpdateInput("prov-ill-de-institut-none", "v", "Ghost") })).Data().GetProperty("updateTrainingProgramme");
        var retire = (await provider.PostAsync(Retire, new { input = new { id = "prov-ill-de-institut-none" } })).Data().GetProperty("retireTrainingProgramme");

        Assert.Equal(["input/id NOT_FOUND: There is no training programme 'prov-ill-de-institut-none'."], update.UserErrors());
        Assert.Equal(["input/id NOT_FOUND: There is no training programme 'prov-ill-de-institut-none'."], retire.UserErrors());
    }

    [Fact]
    public async Task Register_WhenNoTokenIsSent_ThenUnauthenticatedAtTopLevel()
    {
        var response = await factory.CreateClient().PostAsync(Register, new { input = Input("Anonymous") });

        Assert.Equal("UNAUTHENTICATED", response.SingleError().Code());
    }

    [Fact]
    public async Task Register_WhenAPlannerTriesIt_ThenForbiddenAtTopLevel()
    {
        var planner = await factory.ClientForAsync("test-planner");

        var response = await planner.PostAsync(Register, new { input = Input("Not a provider") });

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
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

        var payload = (await provider.PostAsync(Register, new { input = Input(new string('x', 1_000_000)) })).Data().GetProperty("registerTrainingProgramme");

        var error = Assert.Single(payload.UserErrors());
        Assert.StartsWith("input/title INVALID: ", error);
        Assert.Contains("is 1000000 characters long", error);
    }
}
