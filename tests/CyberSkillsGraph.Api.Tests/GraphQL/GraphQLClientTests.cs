using CyberSkillsGraph.Api.Tests.Hardening;

namespace CyberSkillsGraph.Api.Tests.GraphQL;

/// <summary>
/// The GraphQL clients people use, run by tests/graphql-clients/clients.mjs against the real app on a loopback port:
/// Apollo Client's InMemoryCache must give back exactly what the server answered (it once merged equivalents and
/// coverage rows of different queries) and update from a mutation's payload alone (approveMapping, retireTrainingProgramme),
/// its persisted query link must fall back and then send hashes only, urql's Graphcache must keep rows apart, and
/// graphql-request must see error codes.
/// </summary>
public sealed class GraphQLClientTests(GraphQLClientTests.ClientRun run) : IClassFixture<GraphQLClientTests.ClientRun>
{
    public static TheoryData<string> Checks =>
    [
        "apollo: equivalents rows of two queries stay apart in InMemoryCache",
        "apollo: coverage rows of two framework pairs stay apart in InMemoryCache",
        "apollo: entities are normalised by their Node id, and node(id) hits the same cache entry",
        "apollo: approveMapping updates the cached Role.mappings from its payload, without a refetch",
        "apollo: retireTrainingProgramme updates the cached programme from its payload, without a refetch",
        "apollo: a refused mutation answers userErrors with paths into its input and writes nothing",
        "apollo persisted query link: an unknown hash falls back to the query, then the hash alone is enough",
        "urql with Graphcache: equivalents rows of two queries stay apart",
        "graphql-request: a query answers, and an error carries its code",
    ];

    [Theory]
    [MemberData(nameof(Checks))]
    public void Check_WhenRunWithARealClient_ThenItPasses(string name) => run.AssertPassed(name);

    /// <summary>Starts the app on 127.0.0.1 with a free port and runs clients.mjs once, with the tokens its mutation checks write with.</summary>
    public sealed class ClientRun() : NodeCheckRun("graphql-clients", "@apollo")
    {
        protected override async Task<Dictionary<string, NodeChecks.Result>> RunAsync()
        {
            var url = NodeChecks.StartOnLoopback(Factory) + "graphql";
            using var client = Factory.CreateClient();
            string[] tokens =
            [
                await ApiFactory.TokenAsync(client, "test-standards", ApiFactory.SecretOf("test-standards")),
                await ApiFactory.TokenAsync(client, "test-standards-reviewer", ApiFactory.SecretOf("test-standards-reviewer")),
                await ApiFactory.TokenAsync(client, "test-provider-de", ApiFactory.SecretOf("test-provider-de")),
            ];
            return await NodeChecks.RunAsync("graphql-clients", "clients.mjs", [url, .. tokens], TimeSpan.FromMinutes(2));
        }
    }
}
