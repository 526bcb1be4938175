namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// Lists are charged at their real size. Hundreds of aliases of <c>mappings</c> once passed the cost check with a
/// guessed list size of 5 and produced a 258 MB answer; the estimate now reads the snapshot, and answers are capped.
/// </summary>
public sealed class ListCostAbuseTests
{
    private static async Task<int> MappingCountAsync()
    {
        await using var factory = new ApiFactory();
        return (await factory.CreateClient().PostAsync("{ mappings { totalCount } }")).Data().GetProperty("mappings").GetProperty("totalCount").GetInt32();
    }

    [Fact]
    public async Task Query_WhenAListIsLargerThanTheCostLimitAllows_ThenItIsRefusedByItsRealSize()
    {
        var mappings = await MappingCountAsync();
        await using var factory = new ApiFactory();
        // The limit lets a small list through, but not every mapping with two fields each.
        factory.Settings["GraphQL:MaxComplexity"] = mappings.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = factory.CreateClient();

        var refused = (await client.PostAsync("{ mappings(first: 500) { nodes { source target } } }")).SingleError();
        var small = await client.PostAsync("{ frameworks { nodes { id } } }");

        Assert.Contains("complexity", refused.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(small.Data().GetProperty("frameworks").GetProperty("nodes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Response_WhenLargerThanTheLimit_ThenItIsReplacedByAnErrorSayingSo()
    {
        await using var factory = new ApiFactory();
        factory.Settings["GraphQL:MaxResponseBytes"] = "4096";
        var client = factory.CreateClient();

        var error = (await client.PostAsync("{ mappings(first: 500) { nodes { source target relationship note } } }")).SingleError();
        var small = await client.PostAsync("{ revision }");

        Assert.Equal("RESPONSE_TOO_LARGE", error.Code());
        Assert.True(small.Data().GetProperty("revision").GetInt64() > 0);
    }

    [Fact]
    public async Task Query_WhenHundredsOfAliasedAnalysesEachLookCheap_ThenTheyAreRefusedByTheirCost()
    {
        await using var factory = new ApiFactory();
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"a{i}: regionGaps(region: \"EU\") {{ year }}")) + " }";

        var error = (await factory.CreateClient().PostAsync(query)).SingleError();

        Assert.Contains("complexity", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Query_WhenAScenariosRowsAreAskedFor_ThenTheyAreChargedAtTheirRealNumber()
    {
        await using var factory = new ApiFactory();
        // Room for the scenario itself (20,000) and a few rows, not for every row the graph can have.
        factory.Settings["GraphQL:MaxComplexity"] = "20020";
        var client = factory.CreateClient();

        var rows = (await client.PostAsync("""{ regionGaps(region: "DE", scenario: {}) { rows { level demand } } }""")).SingleError();
        var totals = await client.PostAsync("""{ regionGaps(region: "DE", scenario: {}) { totals { openings } } }""");

        Assert.Contains("complexity", rows.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(totals.Data().GetProperty("regionGaps").GetProperty("totals").GetProperty("openings").GetInt64() > 0);
    }

    [Fact]
    public async Task Query_WhenRegionGapsHasAScenario_ThenItIsChargedAsSeveralAnalyses()
    {
        await using var factory = new ApiFactory();
        // Room for one plain analysis (2,000) and its totals, not for a scenario (20,000).
        factory.Settings["GraphQL:MaxComplexity"] = "5000";
        var client = factory.CreateClient();

        var plain = await client.PostAsync("""{ regionGaps(region: "DE") { totals { openings } } }""");
        var scenario = (await client.PostAsync("""{ regionGaps(region: "DE", scenario: {}) { totals { openings } } }""")).SingleError();
        var path = (await client.PostAsync("""{ learningPath(role: "ECSF:CISO", region: "DE", scenario: {}) { totalHours } }""")).SingleError();

        Assert.True(plain.Data().GetProperty("regionGaps").GetProperty("totals").GetProperty("openings").GetInt64() > 0);
        Assert.Contains("complexity", scenario.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("complexity", path.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Query_WhenConnectionsAreNested_ThenEachLevelIsChargedAtItsPageSize()
    {
        const string query = "{ frameworks(first: 2) { nodes { roles(first: 3) { nodes { mappings(first: 1) { nodes { source } } } } } } }";

        // frameworks + its nodes, 2 × (roles + its nodes), 2 × 3 × (mappings + its nodes), 2 × 3 × 1 × source.
        Assert.Equal(1 + 1 + 2 * 2 + 2 * 3 * 2 + 2 * 3 * 1, await ChargedCost.OfAsync(query));
    }

    [Fact]
    public async Task Query_WhenNestedConnectionsAskForTheLargestPages_ThenEachLevelIsChargedNoMoreThanTheListsRealSize()
    {
        // 500 × 500 × 500 items asked for; the graph holds far fewer, and that is what is charged.
        const string query = "{ frameworks(first: 500) { nodes { roles(first: 500) { nodes { mappings(first: 500) { nodes { source } } } } } } }";
        await using var factory = new ApiFactory();
        var data = (await factory.CreateClient().PostAsync("""
            { frameworks(first: 500) { totalCount nodes { roles { totalCount } } } mappings(first: 500) { totalCount nodes { source target } } }
            """)).Data();
        var frameworks = data.GetProperty("frameworks").GetProperty("totalCount").GetInt32();
        var roles = data.GetProperty("frameworks").GetProperty("nodes").EnumerateArray().Max(f => f.GetProperty("roles").GetProperty("totalCount").GetInt32());
        var mappings = data.GetProperty("mappings").GetProperty("nodes").EnumerateArray()
            .SelectMany(m => new[] { m.GetProperty("source").GetString()!, m.GetProperty("target").GetString()! })
            .CountBy(id => id).Max(g => g.Value);
        Assert.True(data.GetProperty("mappings").GetProperty("totalCount").GetInt32() <= 500, "every mapping fits in one page");

        Assert.Equal(2 + 2 * frameworks + 2 * frameworks * roles + frameworks * roles * mappings, await ChargedCost.OfAsync(query));
    }

    [Fact]
    public async Task Query_WhenNodesAreAskedByIds_ThenWhatIsSelectedIsChargedOncePerId()
    {
        // Charged as 20 items whatever the ids, 100 analyses once passed as 20 (400,021 for 100 saved scenarios' gaps).
        var three = await ChargedCost.OfAsync("""{ nodes(ids: ["EU", "DE", "JP"]) { id ... on Region { demandYears } } }""");
        var one = await ChargedCost.OfAsync("""{ nodes(ids: ["EU"]) { id ... on Region { demandYears } } }""");

        Assert.Equal(3 * (one - 1), three - 1);
        Assert.True(one - 1 >= 2_000, $"one id with an analysis is charged {one}");
    }
}
