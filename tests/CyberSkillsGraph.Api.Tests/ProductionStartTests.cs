using System.Diagnostics;
using CyberSkillsGraph.Api.Tests.Hardening;

namespace CyberSkillsGraph.Api.Tests;

/// <summary>The documented production start, run as an operator runs it: `dotnet run` with the launch profile and ASPNETCORE_ENVIRONMENT=Production.</summary>
public sealed class ProductionStartTests
{
    [Fact]
    public async Task DotnetRun_WhenAspNetCoreEnvironmentIsProduction_ThenTheLaunchProfileDoesNotTurnItIntoDevelopment()
    {
        var root = RepoRoot.Find();
        // The configuration these tests were built with (bin/<configuration>/net10.0), which also built the API.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var data = Path.Combine(Path.GetTempPath(), "csg-prod-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root,
        };
        foreach (var argument in new[] { "run", "--no-build", "-c", configuration, "--project", "src/CyberSkillsGraph.Api", "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["Graph__DataDirectory"] = data;
        start.Environment["Graph__SeedOnFirstStart"] = "false";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        var output = await stdout + await stderr;
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Refused before creating anything.
        }

        // Production with no issuer, clients or keys configured refuses to start, and says it is production.
        Assert.True(process.HasExited && process.ExitCode != 0, output);
        Assert.True(output.Contains("Refusing to start in Production", StringComparison.Ordinal), output);
    }
}
