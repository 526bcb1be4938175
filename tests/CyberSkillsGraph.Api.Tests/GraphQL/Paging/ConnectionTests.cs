using System.Text.Json;
using CyberSkillsGraph.Api.GraphQL.Paging;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CyberSkillsGraph.Api.Tests.GraphQL.Paging;

/// <summary>Every list that grows with the data is a Relay connection with the same arguments, limits and errors.</summary>
public sealed class ConnectionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string MappingPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          mappings(first: $first, after: $after, last: $last, before: $before) {
            totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """;

    private async Task<JsonElement> Mappings(object variables) => (await _client.PostAsync(MappingPage, variables)).Data().GetProperty("mappings");

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];

    private static JsonElement PageInfo(JsonElement page) => page.GetProperty("pageInfo");

    [Fact]
    public void Schema_WhenItsConnectionsAreListed_ThenEachHasTheRelayShapeAndArguments()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var connections = schema.AllTypes.OfType<IObjectGraphType>()
            .SelectMany(type => type.Fields.Select(field => (type, field)))
            .Where(f => f.field.ResolvedType is NonNullGraphType { ResolvedType: IObjectGraphType t } && t.Name.EndsWith("Connection", StringComparison.Ordinal))
            .ToList();

        Assert.True(connections.Count >= 15, $"only {connections.Count} connections");
        Assert.All(connections, f =>
        {
            // The audit trail is read forward from the store; every other list pages both ways.
            string[] paging = $"{f.type.Name}.{f.field.Name}" == "Query.auditTrail" ? ["after", "first"] : ["after", "before", "first", "last"];
            Assert.Equal(paging, f.field.Arguments!.Select(a => a.Name).Where(n => n is "first" or "after" or "last" or "before").Order());
            var connection = (IObjectGraphType)((NonNullGraphType)f.field.ResolvedType!).ResolvedType!;
            foreach (var name in new[] { "totalCount", "pageInfo", "edges", "nodes" })
                Assert.True(connection.GetField(name)?.ResolvedType is NonNullGraphType, $"{connection.Name}.{name} is not non-null");
            var edges = (ListGraphType)((NonNullGraphType)connection.GetField("edges")!.ResolvedType!).ResolvedType!;
            var edge = (IObjectGraphType)((NonNullGraphType)edges.ResolvedType!).ResolvedType!;
            Assert.IsAssignableFrom<NonNullGraphType>(edge.GetField("node")!.ResolvedType);
            Assert.IsAssignableFrom<NonNullGraphType>(edge.GetField("cursor")!.ResolvedType);
        });
    }

    [Fact]
    public async Task Mappings_WhenPagedBackwardFromTheEnd_ThenTheItemsAreThoseOfTheForwardPagesInTheSameOrder()
    {
        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await Mappings(new { first = 40, after });
            forward.AddRange(Ids(page));
            after = PageInfo(page).GetProperty("hasNextPage").GetBoolean() ? PageInfo(page).GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = await Mappings(new { last = 40, before });
            backward.InsertRange(0, Ids(page));
            before = PageInfo(page).GetProperty("hasPreviousPage").GetBoolean() ? PageInfo(page).GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.True(forward.Count > 100, "the seed data has more mappings than one default page");
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Mappings_WhenAfterAndBeforeAreGiven_ThenTheItemsBetweenThemComeBack()
    {
        var all = Ids(await Mappings(new { first = 10 }));
        var cursors = (await Mappings(new { first = 10 })).GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();

        var between = await Mappings(new { after = cursors[2], before = cursors[7] });

        Assert.Equal(all[3..7], Ids(between));
        Assert.True(PageInfo(between).GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(PageInfo(between).GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Connection_WhenNeitherFirstNorLastIsGiven_ThenOneDefaultPageComesBackWithTheTotal()
    {
        var page = await Mappings(new { });

        Assert.Equal(PageSizes.Standard.Default, Ids(page).Count);
        Assert.True(page.GetProperty("totalCount").GetInt32() > PageSizes.Standard.Default);
        Assert.True(PageInfo(page).GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("""{ mappings(first: 501) { totalCount } }""", "first", "first: 501 is outside 0..500, the largest page this list returns")]
    [InlineData("""{ role(id: "ECSF:CISO") { mappings(last: 501) { totalCount } } }""", "last", "last: 501 is outside 0..500, the largest page this list returns")]
    [InlineData("""{ regions(first: -1) { totalCount } }""", "first", "first: -1 is outside 0..500, the largest page this list returns")]
    [InlineData("""{ standards(first: 2, last: 2) { totalCount } }""", "last", "last: first and last cannot be given together; page with one of them")]
    [InlineData("""{ providers(after: "%%%") { totalCount } }""", "after", "after: is not a cursor returned by this API")]
    [InlineData("""{ datasets(before: "bm8tc3VjaC1kYXRhc2V0") { totalCount } }""", "before",
        "before: is not the cursor of an item of this list (the item may have left it since; start again from the first page)")]
    public async Task Connection_WhenAPagingArgumentIsBad_ThenBadUserInputNamesIt(string query, string argument, string message)
    {
        var error = (await _client.PostAsync(query)).SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal(argument, error.GetProperty("extensions").GetProperty("data").GetProperty("argument").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Connection_WhenKeyedByIdAndTheCursorsItemIsGone_ThenPagingGoesOnFromWhereItWas()
    {
        // A cursor of a programme id that is not listed (retired, or never there) still places the page in id order.
        var all = (await _client.PostAsync("{ trainingProgrammes(first: 100) { nodes { id } } }")).Data()
            .GetProperty("trainingProgrammes").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var between = all[4] + "~";

        var page = (await _client.PostAsync("query($a: String) { trainingProgrammes(first: 2, after: $a) { nodes { id } } }",
            new { a = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(between)) })).Data();

        Assert.Equal(all[5..7], page.GetProperty("trainingProgrammes").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
    }
}
