using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberSkillsGraph.Api.GraphQL.Http;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>What standard clients rely on: the full introspection query, UTF-8 text, Apollo's persisted queries, a clear answer to batching.</summary>
public sealed class ClientConventionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Introspection_WhenGraphqlJsAsksWithEveryOption_ThenTheWholeSchemaLoads()
    {
        var schema = (await factory.CreateClient().PostAsync(FullIntrospectionQuery)).Data().GetProperty("__schema");

        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.True(types.Count > 20);
        Assert.Equal("https://the-guild.dev/graphql/scalars/docs/scalars/long", types["Long"].GetProperty("specifiedByURL").GetString());
        Assert.Equal(JsonValueKind.Null, types["Role"].GetProperty("specifiedByURL").ValueKind);
        Assert.All(schema.GetProperty("directives").EnumerateArray(), d => Assert.Equal(JsonValueKind.False, d.GetProperty("isRepeatable").ValueKind));
    }

    [Fact]
    public async Task Response_WhenItHoldsJapanese_ThenTheTextIsUtf8NotEscapes()
    {
        using var response = await factory.CreateClient().SendQueryAsync("""{ trainingProgrammes(region: "JP", first: 100) { edges { node { title } } } }""");
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.DoesNotContain("\\u30", text);
        Assert.Matches("[\u3040-\u30ff\u4e00-\u9fff]", text);
    }

    [Fact]
    public async Task PersistedQuery_WhenOnlyTheHashIsSentThenTheQuery_ThenApollosProtocolIsFollowed()
    {
        var client = factory.CreateClient();
        const string query = "query ApqRevision { revision }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedDocuments.Sha256Of(query) } };

        var unknown = await PostAsync(client, new { extensions });
        var registered = await PostAsync(client, new { query, extensions });
        var byHash = await PostAsync(client, new { extensions });

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND"),
            (unknown.Body.SingleError().GetProperty("message").GetString(), unknown.Body.SingleError().Code()));
        Assert.True(registered.Body.Data().GetProperty("revision").GetInt64() > 0);
        Assert.Equal(registered.Body.Data().GetProperty("revision").GetInt64(), byHash.Body.Data().GetProperty("revision").GetInt64());
    }

    [Fact]
    public async Task PersistedQuery_WhenTheHashDoesNotMatchTheQuery_ThenItIsRefused()
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('0', 64) } };

        var (status, body) = await PostAsync(factory.CreateClient(), new { query = "{ revision }", extensions });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", body.SingleError().Code());
    }

    [Fact]
    public async Task Batch_WhenTheBodyIsAnArrayOfOperations_ThenTheErrorNamesBatching()
    {
        var (status, body) = await PostAsync(factory.CreateClient(), new[] { new { query = "{ revision }" }, new { query = "{ revision }" } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BATCHING_NOT_SUPPORTED", body.SingleError().Code());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsync("/graphql", JsonContent.Create(body), Cancel);
        return (response.StatusCode, await response.ReadJsonAsync());
    }

    /// <summary>graphql-js's <c>getIntrospectionQuery</c> with every option on, as GraphiQL and code generators may send it.</summary>
    private const string FullIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
