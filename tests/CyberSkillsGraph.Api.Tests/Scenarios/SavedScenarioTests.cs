using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Scenarios;

/// <summary>Saved scenarios: owned by the planner's account from the token, shared read-only by link, stale when the graph moves, kept across a restart.</summary>
public sealed class SavedScenarioTests
{
    private const string Save = """
        mutation($input: SaveScenarioInput!) { saveScenario(input: $input) {
          scenario { id name shareId baseRevision stale document } userErrors { field code message } } }
        """;

    private static ApiFactory Factory(string? dataDirectory = null)
    {
        var factory = dataDirectory is null ? new ApiFactory() : new ApiFactory { DataDirectory = dataDirectory };
        // A second planner account, to show that one planner cannot see or change another's scenarios.
        factory.Settings["Auth:Clients:6:ClientId"] = "test-planner-2";
        factory.Settings["Auth:Clients:6:ClientSecret"] = ApiFactory.SecretOf("test-planner-2");
        factory.Settings["Auth:Clients:6:Role"] = "planner";
        return factory;
    }

    private static object Input(string name, double factor = 1.5) => new { input = new { name, scenario = new { demandFactor = factor } } };

    private static async Task<JsonElement> SaveAsync(HttpClient client, object variables)
    {
        var payload = (await client.PostAsync(Save, variables)).Data().GetProperty("saveScenario");
        Assert.Empty(payload.GetProperty("userErrors").EnumerateArray());
        return payload.GetProperty("scenario");
    }

    [Fact]
    public async Task Node_WhenAskedForASavedScenario_ThenOnlyItsOwnerGetsIt()
    {
        await using var factory = Factory();
        var planner = await factory.ClientForAsync("test-planner");
        var other = await factory.ClientForAsync("test-planner-2");
        var id = (await SaveAsync(planner, Input("Mine"))).GetProperty("id").GetString();
        const string Node = "query($id: ID!) { node(id: $id) { __typename id ... on SavedScenario { name } } }";

        var own = (await planner.PostAsync(Node, new { id })).Data().GetProperty("node");
        var others = (await other.PostAsync(Node, new { id })).Data().GetProperty("node");
        var anonymous = (await factory.CreateClient().PostAsync(Node, new { id })).Data().GetProperty("node");

        Assert.Equal(("SavedScenario", id, "Mine"), (own.GetProperty("__typename").GetString(), own.GetProperty("id").GetString(), own.GetProperty("name").GetString()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (others.ValueKind, anonymous.ValueKind));
    }

    [Fact]
    public async Task SaveScenario_WhenAPlannerSaves_ThenOnlyTheyListAndDeleteItAndAnyoneReadsItByItsLink()
    {
        await using var factory = Factory();
        var planner = await factory.ClientForAsync("test-planner");
        var other = await factory.ClientForAsync("test-planner-2");
        var anonymous = factory.CreateClient();

        var saved = await SaveAsync(planner, Input("Growth 50%"));
        var (id, shareId) = (saved.GetProperty("id").GetString()!, saved.GetProperty("shareId").GetString()!);

        Assert.False(saved.GetProperty("stale").GetBoolean());
        Assert.Contains("\"demandFactor\": 1.5", saved.GetProperty("document").GetString());
        Assert.Equal(["Growth 50%"], (await planner.PostAsync("{ myScenarios { name } }")).Data().GetProperty("myScenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Empty((await other.PostAsync("{ myScenarios { name } }")).Data().GetProperty("myScenarios").EnumerateArray());
        var shared = (await anonymous.PostAsync("""
            query($s: ID!) { sharedScenario(shareId: $s) { name gaps(region: "DE") { totalsDelta { openings } } } }
            """, new { s = shareId })).Data().GetProperty("sharedScenario");
        Assert.Equal("Growth 50%", shared.GetProperty("name").GetString());
        Assert.True(shared.GetProperty("gaps").GetProperty("totalsDelta").GetProperty("openings").GetInt32() > 0);

        const string Delete = "mutation($id: ID!) { deleteScenario(input: { id: $id }) { deletedId userErrors { field code message } } }";
        var refused = (await other.PostAsync(Delete, new { id })).Data().GetProperty("deleteScenario");
        Assert.StartsWith("input/id NOT_FOUND: ", Assert.Single(refused.UserErrors()));
        var stolen = (await other.PostAsync(Save, new { input = new { id, name = "mine now", scenario = new { } } })).Data().GetProperty("saveScenario");
        Assert.Equal("NOT_FOUND", stolen.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal(id, (await planner.PostAsync(Delete, new { id })).Data().GetProperty("deleteScenario").GetProperty("deletedId").GetString());
        Assert.Equal(JsonValueKind.Null, (await anonymous.PostAsync("query($s: ID!) { sharedScenario(shareId: $s) { name } }", new { s = shareId })).Data().GetProperty("sharedScenario").ValueKind);
    }

    [Fact]
    public async Task SaveScenario_WhenTheScenarioOrNameIsInvalid_ThenNothingIsSavedAndEachUserErrorHasItsField()
    {
        await using var factory = Factory();
        var planner = await factory.ClientForAsync("test-planner");

        var payload = (await planner.PostAsync(Save, new
        {
            input = new { name = " ", scenario = new { changeProgrammes = new[] { new { programme = "no-such-programme", seatsPerYear = 5 } } } },
        })).Data().GetProperty("saveScenario");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("scenario").ValueKind);
        Assert.Equal(["input/name INVALID", "input/scenario/changeProgrammes/0/programme INVALID"], payload.UserErrors().Select(e => e[..e.IndexOf(':')]));
        Assert.Empty((await planner.PostAsync("{ myScenarios { id } }")).Data().GetProperty("myScenarios").EnumerateArray());
    }

    [Fact]
    public async Task SaveScenario_WhenTheCallerIsNotAPlanner_ThenItIsRefused()
    {
        await using var factory = Factory();
        var provider = await factory.ClientForAsync("test-provider-de");

        var error = (await provider.PostAsync(Save, Input("nope"))).SingleError();

        Assert.Equal("FORBIDDEN", error.Code());
    }

    [Fact]
    public async Task SavedScenario_WhenTheGraphChangesAndAnotherInstanceStarts_ThenItReadsTheScenarioFromDiskAndSaysItIsStale()
    {
        await using var first = Factory();
        var planner = await first.ClientForAsync("test-planner");
        var shareId = (await SaveAsync(planner, Input("Before the write"))).GetProperty("shareId").GetString()!;
        (await planner.PostAsync("""mutation { setDemand(input: { region: "MT", role: "ECSF:CISO", year: 2031, openings: 7 }) { demandEntry { openings } } }""")).Data();

        // A new process on the same data folder (the first one's dispose removes the folder, so both run side by side).
        await using var second = Factory(first.DataDirectory);
        var shared = (await second.CreateClient().PostAsync("query($s: ID!) { sharedScenario(shareId: $s) { name stale } }", new { s = shareId }))
            .Data().GetProperty("sharedScenario");

        Assert.Equal(("Before the write", true), (shared.GetProperty("name").GetString(), shared.GetProperty("stale").GetBoolean()));
    }
}
