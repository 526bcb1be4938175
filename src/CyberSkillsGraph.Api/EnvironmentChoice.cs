namespace CyberSkillsGraph.Api;

/// <summary>
/// The launch profile that `dotnet run` applies sets DOTNET_ENVIRONMENT=Development, and .NET lets that win
/// over ASPNETCORE_ENVIRONMENT. An ASPNETCORE_ENVIRONMENT set by the operator is the more deliberate choice,
/// so `ASPNETCORE_ENVIRONMENT=Production dotnet run …` really runs in production.
/// </summary>
internal static class EnvironmentChoice
{
    /// <summary>The environment to force, or null to leave the usual resolution alone (one or neither variable set).</summary>
    public static string? FromVariables()
    {
        var aspNetCore = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        return string.IsNullOrEmpty(aspNetCore) || string.IsNullOrEmpty(dotnet) ? null : aspNetCore;
    }
}
