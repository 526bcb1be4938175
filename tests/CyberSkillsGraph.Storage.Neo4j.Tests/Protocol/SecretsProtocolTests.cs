using System.Text;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using static CyberSkillsGraph.Storage.Neo4j.Tests.Protocol.QueryApiResponses;

namespace CyberSkillsGraph.Storage.Neo4j.Tests.Protocol;

/// <summary>Protocol tests that the credentials sent in the Authorization header never reach a log line or an error message.</summary>
public sealed class SecretsProtocolTests
{
    private const string Password = "pw-7f3c9d2e-do-not-log";
    private const string Token = "tok-4b1a8e6f-do-not-log";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Store_WhenRequestsSucceedRetryAndFail_ThenNoCredentialAppearsInTheLogsOrErrors(bool bearer)
    {
        var logger = new CapturingLogger<Neo4jGraphStore>();
        var failures = 2;
        var api = new ScriptedQueryApi
        {
            Intercept = r => r.Path.EndsWith("/query/v2", StringComparison.Ordinal) && failures-- > 0
                ? Error("Neo.TransientError.General.DatabaseUnavailable", "not yet")
                : r.Path.EndsWith("/tx/tx1", StringComparison.Ordinal) && r.Method == "POST"
                    ? Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password.", System.Net.HttpStatusCode.Unauthorized)
                    : null,
        };
        var store = api.Store(o => (o.Password, o.Token) = (Password, bearer ? Token : null), logger);

        await store.InitializeAsync(Cancel);
        await store.LoadAsync(Cancel);
        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            store.ApplyAsync(new ChangeSet([new Dataset(new DatasetInfo("d", "D", "test")) { Regions = [new Region("JP", "Japan", null)] }]), null, Cancel));

        var secrets = new[]
        {
            Password, Token,
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Password}")),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Token)),
        };
        Assert.NotEmpty(logger.Lines);
        Assert.Contains(logger.Lines, l => l.Contains("retry", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logger.Lines, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        }
        Assert.StartsWith(bearer ? "Bearer " : "Basic ", api.Requests[0].Header("Authorization"));
    }

    [Fact]
    public void ToString_WhenPasswordAndTokenAreSet_ThenNeitherIsShown()
    {
        var options = new Neo4jStoreOptions { Uri = new Uri("https://x.databases.neo4j.io"), User = "neo4j", Password = Password, Token = Token };

        var text = options.ToString();

        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("x.databases.neo4j.io", text);
    }
}
