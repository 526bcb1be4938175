using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>
/// Global object identification, which normalising caches (Apollo's InMemoryCache, urql's Graphcache, Relay) rely on:
/// every id a query hands out comes back from node(id) as the same type, and analysis rows carry no id of their own
/// (they once reused their element's id, so a cache merged rows of different queries into one).
/// </summary>
public sealed class NodeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string EveryKind = """
        { regions { nodes { __typename id } } frameworks { nodes { __typename id } } standards { nodes { __typename id } } providers { nodes { __typename id } }
          mappings { nodes { __typename id } } demand { nodes { __typename id } }
          role(id: "ECSF:CISO") { __typename id requires { competence { __typename id } } }
          trainingProgrammes(first: 5) { edges { node { __typename id } } } }
        """;

    private static IEnumerable<(string Type, string Id)> Entities(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (value.TryGetProperty("__typename", out var type) && value.TryGetProperty("id", out var id))
                yield return (type.GetString()!, id.GetString()!);
            foreach (var property in value.EnumerateObject())
                foreach (var entity in Entities(property.Value)) yield return entity;
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
                foreach (var entity in Entities(item)) yield return entity;
        }
    }

    [Fact]
    public async Task Node_WhenAskedForEveryIdAQueryHandsOut_ThenEachComesBackAsTheSameType()
    {
        var client = factory.CreateClient();
        var entities = Entities((await client.PostAsync(EveryKind)).Data()).Distinct().ToList();
        Assert.Equal(
            ["Competence", "DemandEntry", "Framework", "Mapping", "Provider", "Region", "Role", "Standard", "TrainingProgramme"],
            entities.Select(e => e.Type).Distinct().Order(StringComparer.Ordinal));

        foreach (var chunk in entities.Chunk(100))
        {
            var nodes = (await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = chunk.Select(e => e.Id) }))
                .Data().GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("__typename").GetString()!, n.GetProperty("id").GetString()!));
            Assert.Equal(chunk, nodes);
        }
    }

    [Fact]
    public async Task Node_WhenTheIdNamesNothing_ThenItIsNull()
    {
        var data = (await factory.CreateClient().PostAsync("""{ node(id: "NOTHING") { id } nodes(ids: ["ECSF", "NOTHING"]) { id } }""")).Data();

        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
        Assert.Equal(["ECSF", null], data.GetProperty("nodes").EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Nodes_WhenMoreIdsThanAPage_ThenBadUserInput()
    {
        var error = (await factory.CreateClient().PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Range(0, 101).Select(i => $"X{i}") }))
            .SingleError();

        Assert.Equal("BAD_USER_INPUT", error.Code());
    }

    [Theory]
    [InlineData("Equivalence")]
    [InlineData("ElementCoverage")]
    [InlineData("SkillGap")]
    public async Task AnalysisRow_WhenItsTypeIsIntrospected_ThenItHasNoIdButPointsAtItsElement(string type)
    {
        var fields = (await factory.CreateClient().PostAsync("query($t: String!) { __type(name: $t) { fields { name } } }", new { t = type }))
            .Data().GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();

        Assert.DoesNotContain("id", fields);
        Assert.Contains(type == "SkillGap" ? "competence" : "element", fields);
    }
}
