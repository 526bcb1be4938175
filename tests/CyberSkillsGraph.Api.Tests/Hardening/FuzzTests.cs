using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Hardening;

/// <summary>
/// Sends ten thousand seeded random and mutated GraphQL requests through the in-memory test server:
/// none may get a 5xx or break the server, and every answer must be a well-formed GraphQL response.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20_261_126;
    private const int Cases = 10_240;
    private const int Parallelism = 4;

    [Fact]
    public async Task RandomRequests_WhenSent_ThenNoneGets5xxAndEveryAnswerIsWellFormedGraphQL()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var factory = new ApiFactory();
        // Mutations must reach the executor rather than stop at the rate limit; bodies above 64 KiB get 413.
        factory.Settings["Auth:MutationsPerMinute"] = "1000000";
        factory.Settings["GraphQL:MaxRequestBodyBytes"] = "65536";
        var anonymous = factory.CreateClient();
        var planner = await factory.ClientForAsync("test-planner");
        var cases = FuzzCorpus.Generate(Seed, Cases);

        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancel }, async (fuzz, token) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                using var request = ToHttpRequest(fuzz);
                using var response = await (fuzz.WithToken ? planner : anonymous).SendAsync(request, timeout.Token);
                var body = await response.Content.ReadAsStringAsync(timeout.Token);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var problem = (int)response.StatusCode >= 500
                    ? $"status {(int)response.StatusCode}"
                    : WellFormedProblem(response.Content.Headers.ContentType?.MediaType, body);
                if (problem is not null) Fail(fuzz, $"{problem}: {Shorten(body)}");
            }
            catch (Exception e) when (!token.IsCancellationRequested)
            {
                // The test server rethrows what the app did not handle; Kestrel would answer 500.
                Fail(fuzz, $"{e.GetType().Name}: {e.Message}\n  {string.Join("\n  ", (e.StackTrace ?? "").Split('\n').Take(6))}");
            }
        });
        clock.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Cases} requests in {clock.Elapsed.TotalSeconds:F1} s; statuses: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} of {Cases} requests failed; the first ones:\n" + string.Join("\n", failures.Take(15)));

        // The server is still up and answers a valid query.
        using var check = await anonymous.SendQueryAsync("""{ role(id: "ECSF:CISO") { title } }""");
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal("Chief Information Security Officer (CISO)", (await check.ReadJsonAsync()).Data().GetProperty("role").GetProperty("title").GetString());
        using var live = await anonymous.GetAsync("/health/live", cancel);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        void Fail(FuzzRequest fuzz, string problem) => failures.Enqueue($"{problem}\n  request {fuzz}");
    }

    [Fact]
    public void Corpus_WhenGeneratedTwiceWithTheSameSeed_ThenItIsTheSame()
    {
        var first = FuzzCorpus.Generate(Seed, 500).Select(c => c.ToString());
        var second = FuzzCorpus.Generate(Seed, 500).Select(c => c.ToString());

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("application/json", """{"data":{"revision":1}}""", null)]
    [InlineData("application/json", """{"errors":[{"message":"m","extensions":{"code":"C"}}],"data":null}""", null)]
    [InlineData("application/json", """{"errors":[{"message":"m"}]}""", "error 0 has no string extensions.code")]
    [InlineData("application/json", """{"errors":[]}""", "errors is not a non-empty array")]
    [InlineData("application/json", """{"foo":1}""", "neither data nor errors")]
    [InlineData("text/html", """{"data":{}}""", "content type text/html")]
    [InlineData("application/json", "<html>", "not JSON")]
    public void WellFormedProblem_WhenGivenAResponse_ThenItNamesWhatIsWrong(string mediaType, string body, string? expected)
    {
        var problem = WellFormedProblem(mediaType, body);

        if (expected is null) Assert.Null(problem);
        else Assert.Contains(expected, problem);
    }

    /// <summary>
    /// Null when the body is a GraphQL response: a JSON object with a data member, or an errors array of
    /// objects each with a string message and a string extensions.code; else what is wrong.
    /// </summary>
    internal static string? WellFormedProblem(string? mediaType, string body)
    {
        if (mediaType is not ("application/json" or "application/graphql-response+json")) return $"content type {mediaType ?? "none"}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return "not JSON";
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not a JSON object";
            if (!root.TryGetProperty("errors", out var errors))
                return root.TryGetProperty("data", out _) ? null : "neither data nor errors";
            if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return "errors is not a non-empty array";
            var index = 0;
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind != JsonValueKind.Object) return $"error {index} is not an object";
                if (!error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
                    return $"error {index} has no string message";
                if (!error.TryGetProperty("extensions", out var extensions) || extensions.ValueKind != JsonValueKind.Object ||
                    !extensions.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
                    return $"error {index} has no string extensions.code";
                index++;
            }
            return null;
        }
    }

    private static HttpRequestMessage ToHttpRequest(FuzzRequest fuzz)
    {
        var request = new HttpRequestMessage(fuzz.Method, fuzz.Url);
        if (fuzz.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzz.Body);
            if (fuzz.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        }
        if (fuzz.Accept is not null) request.Headers.TryAddWithoutValidation("Accept", fuzz.Accept);
        return request;
    }

    private static string Shorten(string body) =>
        body.Length <= 300 ? body : body[..300] + "… (" + body.Length.ToString(CultureInfo.InvariantCulture) + " chars)";
}
