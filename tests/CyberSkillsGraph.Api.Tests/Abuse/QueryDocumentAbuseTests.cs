using System.Net;
using System.Text;

namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>
/// Anonymous documents built to make validation cost the square of their size. Each was once answered after
/// 10–30 s of CPU with tens of megabytes of errors; now each is refused before validation with a small answer.
/// </summary>
public sealed class QueryDocumentAbuseTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int SmallAnswer = 100 * 1024;

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, string query)
    {
        using var response = await client.SendQueryAsync(query);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static string Repeat(int count, Func<int, string> field) => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(field)) + " }";

    [Fact]
    public async Task Document_WhenAThousandFieldsShareOneAliasWithDifferentArguments_ThenItIsRefusedWithASmallAnswer()
    {
        var query = Repeat(1000, i => $"a:role(id:\"X{i}\"){{id}}");
        Assert.InRange(Encoding.UTF8.GetByteCount(query), 10_000, 25_000);

        var (status, body) = await SendAsync(factory.CreateClient(), query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.Length < SmallAnswer, $"{body.Length} bytes");
        Assert.Equal("QUERY_TOO_LARGE", System.Text.Json.JsonDocument.Parse(body).RootElement.SingleError().Code());
    }

    [Fact]
    public async Task Document_WhenElevenFieldsShareOneResponseName_ThenItIsRefusedNamingIt()
    {
        var response = await factory.CreateClient().PostAsync(Repeat(11, i => $"a:role(id:\"X{i}\"){{id}}"));

        var error = response.SingleError();
        Assert.Equal("QUERY_TOO_LARGE", error.Code());
        Assert.Contains("named 'a'", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Document_WhenFragmentsRepeatOneResponseName_ThenTheyAreCountedTogether()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 11).Select(i => $"fragment F{i} on Query {{ a: role(id: \"X{i}\") {{ id }} }}"));
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 11).Select(i => $"...F{i}")) + " }\n" + fragments;

        Assert.Equal("QUERY_TOO_LARGE", (await factory.CreateClient().PostAsync(query)).SingleError().Code());
    }

    [Fact]
    public async Task Document_WhenOneFieldIsRepeatedThirtyThousandTimes_ThenItIsRefusedByItsTokenCount()
    {
        var (status, body) = await SendAsync(factory.CreateClient(), "{ " + string.Concat(Enumerable.Repeat("x ", 30_000)) + "}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("tokens", body);
        Assert.True(body.Length < SmallAnswer, $"{body.Length} bytes");
    }

    [Fact]
    public async Task Document_WhenItSelectsMoreFieldsThanTheLimit_ThenItIsRefused()
    {
        var error = (await factory.CreateClient().PostAsync(Repeat(1001, i => $"f{i}: revision"))).SingleError();

        Assert.Equal("QUERY_TOO_LARGE", error.Code());
        Assert.Contains("more than 1000 fields", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Document_WhenItHasMoreErrorsThanTheLimit_ThenTheRestAreSummedUpInOne()
    {
        var response = await factory.CreateClient().PostAsync(Repeat(150, i => $"unknown{i}"));

        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(101, errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", errors[^1].Code());
        Assert.Equal("50 more errors were left out.", errors[^1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Document_WhenNestedDeeperThanTheParserAllows_ThenItIsAClientErrorNotAnInternalOne()
    {
        var query = "{" + string.Concat(Enumerable.Repeat("a{", 400)) + "b" + new string('}', 401);

        var error = (await factory.CreateClient().PostAsync(query)).SingleError();

        Assert.Equal("QUERY_TOO_LARGE", error.Code());
        Assert.Contains("nested too deeply", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Response_WhenItIsGraphQL_ThenItCarriesTheSecurityHeaders()
    {
        using var response = await factory.CreateClient().SendQueryAsync("{ revision }");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Response_WhenServedOverHttpsToAHostName_ThenItTellsBrowsersToKeepToHttps()
    {
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://skills.example.org") });

        using var response = await client.SendQueryAsync("{ revision }");

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }
}
