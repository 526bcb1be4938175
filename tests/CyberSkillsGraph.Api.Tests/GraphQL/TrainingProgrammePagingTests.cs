using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

public sealed class TrainingProgrammePagingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string PageQuery = """
        query Page($first: Int, $after: String, $region: ID, $competence: ID, $search: String) {
          trainingProgrammes(first: $first, after: $after, region: $region, competence: $competence, search: $search) {
            totalCount
            edges { cursor node { id title regions { code } develops { competence { id } } provider { name } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private async Task<JsonElement> Page(object variables) =>
        (await _client.PostAsync(PageQuery, variables)).Data().GetProperty("trainingProgrammes");

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];

    [Fact]
    public async Task TrainingProgrammes_WhenPagedToTheEnd_ThenEveryProgrammeAppearsOnceInIdOrder()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = await Page(new { first = 25, after });
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(Ids(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task TrainingProgrammes_WhenSecondPage_ThenItSaysThereIsAPreviousPage()
    {
        var first = await Page(new { first = 3 });
        var second = await Page(new { first = 3, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Empty(Ids(first).Intersect(Ids(second)));
    }

    [Fact]
    public async Task TrainingProgrammes_WhenFilteredByRegion_ThenOnlyProgrammesOfThatSubtreeAreListed()
    {
        var japan = await Page(new { first = 100, region = "JP" });
        var europe = await Page(new { first = 100, region = "EU" });

        Assert.NotEmpty(Ids(japan));
        Assert.All(japan.GetProperty("edges").EnumerateArray(), e =>
            Assert.Contains(e.GetProperty("node").GetProperty("regions").EnumerateArray(), r => r.GetProperty("code").GetString() == "JP"));
        Assert.NotEmpty(Ids(europe));
        Assert.All(europe.GetProperty("edges").EnumerateArray(), e =>
            Assert.Contains(e.GetProperty("node").GetProperty("regions").EnumerateArray(), r => r.GetProperty("code").GetString() != "JP"));
    }

    [Fact]
    public async Task TrainingProgrammes_WhenFilteredByCompetence_ThenEachDevelopsIt()
    {
        var page = await Page(new { first = 100, competence = "ECF:E.8" });

        Assert.NotEmpty(Ids(page));
        Assert.All(page.GetProperty("edges").EnumerateArray(), e =>
            Assert.Contains(e.GetProperty("node").GetProperty("develops").EnumerateArray(), d => d.GetProperty("competence").GetProperty("id").GetString() == "ECF:E.8"));
    }

    [Fact]
    public async Task TrainingProgrammes_WhenSearched_ThenTitlesMatchEveryWordIgnoringCase()
    {
        var all = await Page(new { first = 100 });
        var title = all.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString()!;
        var word = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();

        var page = await Page(new { first = 100, search = word.ToUpperInvariant() });

        Assert.NotEmpty(Ids(page));
        Assert.All(page.GetProperty("edges").EnumerateArray(), e =>
        {
            var node = e.GetProperty("node");
            var text = $"{node.GetProperty("id").GetString()} {node.GetProperty("title").GetString()} {node.GetProperty("provider").GetProperty("name").GetString()}";
            Assert.Contains(word, text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("""{ "first": 1000 }""", "first: 1000 is outside 0..100, the largest page this list returns")]
    [InlineData("""{ "first": -1 }""", "first: -1 is outside 0..100, the largest page this list returns")]
    [InlineData("""{ "region": "ATLANTIS" }""", "region: unknown region 'ATLANTIS'")]
    [InlineData("""{ "competence": "ECF:Z.9" }""", "competence: unknown competence 'ECF:Z.9'")]
    [InlineData("""{ "after": "!!not-a-cursor!!" }""", "after: is not a cursor returned by this API")]
    public async Task TrainingProgrammes_WhenArgumentIsBad_ThenTheErrorIsBadUserInputNamingIt(string variables, string message)
    {
        var response = await _client.PostAsync(PageQuery, JsonDocument.Parse(variables).RootElement);

        var error = response.SingleError();
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }
}
