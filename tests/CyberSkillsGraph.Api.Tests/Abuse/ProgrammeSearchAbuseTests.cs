namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// <c>trainingProgrammes(search:)</c> looked for every word of any search in every programme: 8 MB of "e " took 12.9 s
/// anonymously, and four aliases outlived the request timeout. The search is now bounded and its scan charged.
/// </summary>
public sealed class ProgrammeSearchAbuseTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Search = "query($s: String) { trainingProgrammes(first: 1, search: $s) { totalCount } }";

    [Fact]
    public async Task Search_WhenMegabytesLong_ThenItIsRefusedNamingTheArgument()
    {
        var error = (await factory.CreateClient().PostAsync(Search, new { s = string.Concat(Enumerable.Repeat("e ", 4_000_000)) })).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal("search: 8000000 characters is more than the 200 a search may have", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_WhenItHasMoreDistinctWordsThanAllowed_ThenItIsRefusedButRepeatedWordsCountOnce()
    {
        var client = factory.CreateClient();

        var eleven = (await client.PostAsync(Search, new { s = "a b c d e f g h i j k" })).SingleError();
        var repeated = (await client.PostAsync(Search, new { s = string.Join(' ', Enumerable.Repeat("Cyber", 30)) })).Data();
        var once = (await client.PostAsync(Search, new { s = "Cyber" })).Data();

        Assert.Equal("search: a search may have at most 10 distinct words", eleven.GetProperty("message").GetString());
        var found = once.GetProperty("trainingProgrammes").GetProperty("totalCount").GetInt32();
        Assert.True(found > 0, "the seed data has programmes named Cyber…");
        Assert.Equal(found, repeated.GetProperty("trainingProgrammes").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Search_WhenItHasMoreWords_ThenItIsChargedAScanOfEveryProgrammePerWord()
    {
        var programmes = (await factory.CreateClient().PostAsync("{ trainingProgrammes(first: 1) { totalCount } }"))
            .Data().GetProperty("trainingProgrammes").GetProperty("totalCount").GetInt32();

        var oneWord = await ChargedCost.OfAsync("""{ trainingProgrammes(first: 1, search: "a") { totalCount } }""");
        var threeWords = await ChargedCost.OfAsync("""{ trainingProgrammes(first: 1, search: "a b c") { totalCount } }""");

        Assert.Equal(programmes * 2 / 20.0, threeWords - oneWord, 6);
    }
}
