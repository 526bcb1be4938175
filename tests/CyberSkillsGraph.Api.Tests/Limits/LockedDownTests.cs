using System.Net;
using CyberSkillsGraph.Api.GraphQL;

namespace CyberSkillsGraph.Api.Tests.Limits;

/// <summary>Settings that change how every request is served, each on its own app.</summary>
public sealed class LockedDownTests
{
    [Fact]
    public async Task Query_WhenOnlyPersistedDocumentsAreAllowed_ThenAdHocTextIsRefused()
    {
        await using var factory = new ApiFactory();
        factory.Settings["GraphQL:AllowOnlyPersistedDocuments"] = "true";

        using var response = await factory.CreateClient().SendQueryAsync("{ revision }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only persisted documents", (await response.ReadJsonAsync()).SingleError().GetProperty("message").GetString());
    }

    [Fact]
    public async Task Query_WhenItRunsPastTheTimeout_ThenItStopsWithAnError()
    {
        await using var factory = new ApiFactory();
        factory.Settings["GraphQL:RequestTimeout"] = "00:00:00.0000001";

        var response = await factory.CreateClient().PostAsync("""{ regionGaps(region: "EU") { rows { suppliers { programme { id } } } } }""");

        // The deadline can pass while the body is still being read or while the query runs: either way it is TIMEOUT.
        Assert.Equal(ErrorCodes.Timeout, response.SingleError().Code());
    }
}
