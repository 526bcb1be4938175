using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace CyberSkillsGraph.Api.Tests.Hardening;

/// <summary>
/// Runs a Node.js script from one of the tool folders under tests/ (installed by this project's build) against the
/// real app on a loopback port, and reads the checks it prints: <c>{"checks": [{"name", "ok", "detail"}]}</c>.
/// </summary>
public static class NodeChecks
{
    public sealed record Result(bool Ok, string? Detail);

    /// <summary>Why the script cannot run here (no Node.js, or its packages not installed), or null.</summary>
    public static string? SkipReason(string toolFolder, string package) =>
        NodeRunner.Find() is null ? "node is not on PATH; these checks need Node.js 20 or later."
        : !Directory.Exists(Path.Combine(RepoRoot.Find(), "tests", toolFolder, "node_modules", package))
            ? $"tests/{toolFolder}/node_modules is missing: building this test project installs it with npm, which was not on PATH (or the build had -p:SkipNodeToolsInstall=true)."
            : null;

    /// <summary>Starts <paramref name="factory"/>'s app on 127.0.0.1 with a free port and returns its base address.</summary>
    public static string StartOnLoopback(ApiFactory factory)
    {
        var port = FreeLoopbackPort();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return $"http://127.0.0.1:{port}/";
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<Dictionary<string, Result>> RunAsync(string toolFolder, string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var path = Path.Combine(RepoRoot.Find(), "tests", toolFolder, script);
        var (exitCode, stdout, stderr) = await NodeRunner.RunAsync(NodeRunner.Find()!, [path, .. arguments], timeout);
        Assert.True(exitCode == 0 && stdout.Length > 0, $"{script} exited with {exitCode}: {stderr}");
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => new Result(c.GetProperty("ok").GetBoolean(), c.GetProperty("detail").ValueKind == JsonValueKind.String ? c.GetProperty("detail").GetString() : null));
    }
}
