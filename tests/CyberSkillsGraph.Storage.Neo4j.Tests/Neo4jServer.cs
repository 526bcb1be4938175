using System.Net.Sockets;
using CyberSkillsGraph.Storage.Neo4j.Http;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace CyberSkillsGraph.Storage.Neo4j.Tests;

/// <summary>
/// The real Neo4j that the contract tests run against, one per test class: the server at NEO4J_URI
/// (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set, else a throwaway container of
/// <see cref="DefaultImage"/> (or NEO4J_IMAGE) when Docker is reachable, else none, and every test skips
/// with <see cref="SkipReason"/>. The tests delete everything in the database, so a server given by
/// NEO4J_URI is used only with NEO4J_ALLOW_WIPE=true.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    // 5.26 is the first release with the Query API's explicit transactions (the Neo4j module's default, 5.4, has no Query API).
    public const string DefaultImage = "neo4j:5.26";

    private IContainer? _container;
    private HttpClient? _http;
    private Neo4jStoreOptions? _options;

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (uri is { Length: > 0 })
        {
            if (!string.Equals(Environment.GetEnvironmentVariable("NEO4J_ALLOW_WIPE"), "true", StringComparison.OrdinalIgnoreCase))
            {
                SkipReason = "NEO4J_URI is set but NEO4J_ALLOW_WIPE is not 'true': these tests delete every node of that database, " +
                    "so they run only against a disposable one.";
                return;
            }
            _options = new Neo4jStoreOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
            };
        }
        else if (DockerUnavailable() is { } why)
        {
            SkipReason = $"Neo4j tests need NEO4J_URI or a running Docker engine: {why}.";
            return;
        }
        else
        {
            var password = "test-" + Guid.NewGuid().ToString("N");
            var image = Environment.GetEnvironmentVariable("NEO4J_IMAGE") is { Length: > 0 } custom ? custom : DefaultImage;
            _container = new ContainerBuilder(image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{password}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
                .Build();
            await _container.StartAsync(TestContext.Current.CancellationToken);
            _options = new Neo4jStoreOptions
            {
                Uri = new UriBuilder(Uri.UriSchemeHttp, _container.Hostname, _container.GetMappedPublicPort(7474)).Uri,
                User = "neo4j",
                Password = password,
            };
        }
        _http = new HttpClient();
        await WaitUntilQueryApiAnswersAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_container is not null) await _container.DisposeAsync();
    }

    /// <summary>The options of the server, or a skip of the running test when there is none.</summary>
    public Neo4jStoreOptions Require()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
        return _options!;
    }

    /// <summary>A query client of its own, for tests that look at the graph the store wrote.</summary>
    internal Neo4jQueryClient Client() => new(_http!, Require());

    /// <summary>Deletes every node and relationship, in batches so that a large database does not need one huge transaction.</summary>
    public async Task WipeAsync(CancellationToken cancellationToken)
    {
        var client = Client();
        while (true)
        {
            var result = await client.RunAsync(
                "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted", null, Neo4jAccessMode.Write, cancellationToken);
            if (result.GetInt64(0, "deleted") == 0) return;
        }
    }

    private async Task WaitUntilQueryApiAnswersAsync()
    {
        // The HTTP port answers before the default database is online.
        var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await client.RunAsync("RETURN 1 AS one", null, Neo4jAccessMode.Read, TestContext.Current.CancellationToken);
                return;
            }
            catch (Exception error) when (DateTime.UtcNow < deadline && error is Neo4jException { IsTransient: true } or HttpRequestException)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }
    }

    private static string? DockerUnavailable()
    {
        // Testcontainers reads DOCKER_HOST itself; a remote engine is its to reach.
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 }) return null;
        const string socket = "/var/run/docker.sock";
        if (!File.Exists(socket)) return $"DOCKER_HOST is not set and {socket} does not exist";
        try
        {
            using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            probe.Connect(new UnixDomainSocketEndPoint(socket));
            return null;
        }
        catch (SocketException error)
        {
            return $"{socket} does not accept connections ({error.Message})";
        }
    }
}
