namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// Introspection was free and unbounded in shape: 900 aliases of <c>__schema</c> walking the type lists three deep
/// through fragments took 28 s of CPU and 1.6 GB before the answer was refused for its size. Each <c>__schema</c> and
/// <c>__type</c> is now charged, and the type lists may nest only twice.
/// </summary>
public sealed class IntrospectionAbuseTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Introspection_WhenSchemaAndTypeAreAsked_ThenEachIsChargedOnceAndTypenameIsFree()
    {
        var cost = await ChargedCost.OfAsync("""{ a: __schema { types { name fields { name } } } b: __type(name: "Role") { fields { name } } __typename }""");

        Assert.Equal(200_000 + 2_000, cost);
    }

    [Fact]
    public async Task Introspection_WhenTheSchemaIsAskedThreeTimesUnderAliases_ThenTheRequestIsRefusedByItsCost()
    {
        var error = (await factory.CreateClient().PostAsync("{ a: __schema { types { name } } b: __schema { types { name } } c: __schema { types { name } } }")).SingleError();

        Assert.Equal("COMPLEXITY", error.Code());
        Assert.Contains("600000", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Introspection_WhenTypeListsNestThreeDeepThroughFragments_ThenItIsRefusedBeforeRunning()
    {
        const string query = """
            { __schema { types { ...Outer } } }
            fragment Outer on __Type { fields { type { ...Inner } } }
            fragment Inner on __Type { ofType { fields { type { ofType { possibleTypes { name } } } } } }
            """;

        var error = (await factory.CreateClient().PostAsync(query)).SingleError();

        Assert.Equal("QUERY_TOO_LARGE", error.Code());
        Assert.StartsWith("Maximum introspection depth exceeded", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Introspection_WhenTypeListsNestTwice_ThenItIsAnswered()
    {
        var types = (await factory.CreateClient().PostAsync("""{ __type(name: "Query") { fields { type { ofType { fields { name } } } } } }"""))
            .Data().GetProperty("__type").GetProperty("fields");

        Assert.True(types.GetArrayLength() > 10);
    }
}
