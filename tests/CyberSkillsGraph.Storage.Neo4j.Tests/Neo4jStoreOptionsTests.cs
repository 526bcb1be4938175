using System.Net;
using System.Net.Sockets;

namespace CyberSkillsGraph.Storage.Neo4j.Tests;

public sealed class Neo4jStoreOptionsTests
{
    private static Neo4jStoreOptions Valid() => new() { Uri = new Uri("http://localhost:7474"), User = "neo4j", Password = "p" };

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j+s://x.databases.neo4j.io")]
    public void Validate_WhenTheUriIsNotHttp_ThenItSaysToUseTheHttpPort(string uri)
    {
        var options = Valid();
        options.Uri = new Uri(uri);

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("7474", error.Message);
    }

    [Fact]
    public void Validate_WhenBatchSizeIsZero_ThenItNamesTheSetting()
    {
        var options = Valid();
        options.BatchSize = 0;

        Assert.Equal("BatchSize", Assert.Throws<ArgumentOutOfRangeException>(options.Validate).ParamName);
    }

    [Fact]
    public void Validate_WhenTheUserHasAColon_ThenBasicAuthenticationCannotCarryIt()
    {
        var options = Valid();
        options.User = "a:b";

        Assert.Equal("User", Assert.Throws<ArgumentException>(options.Validate).ParamName);
    }

    [Fact]
    public async Task Create_WhenNothingListensAtTheUri_ThenTheConnectionErrorIsReportedAfterItsRetries()
    {
        // A loopback port that was free a moment ago: connecting to it is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var store = Neo4jGraphStore.Create(new Neo4jStoreOptions
        {
            Uri = new Uri($"http://127.0.0.1:{port}"), MaxRetryAttempts = 2, RetryDelay = TimeSpan.Zero,
        });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => store.GetRevisionAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
    }
}
