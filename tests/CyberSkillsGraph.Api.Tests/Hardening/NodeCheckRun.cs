namespace CyberSkillsGraph.Api.Tests.Hardening;

/// <summary>
/// A class fixture that runs one Node.js check script once against the real app on a loopback port and keeps its
/// checks for every test of the class; the tests skip, saying why, where the script cannot run.
/// </summary>
public abstract class NodeCheckRun(string toolFolder, string package) : IAsyncLifetime
{
    private Dictionary<string, NodeChecks.Result>? _checks;
    private string? _skipReason;

    protected ApiFactory Factory { get; } = new();

    public IReadOnlyDictionary<string, NodeChecks.Result> ChecksOrSkip()
    {
        if (_skipReason is not null) Assert.Skip(_skipReason);
        return _checks!;
    }

    /// <summary>Asserts that the script ran the named check and that it passed.</summary>
    public void AssertPassed(string name)
    {
        var checks = ChecksOrSkip();
        Assert.True(checks.TryGetValue(name, out var result), $"the script did not run '{name}'; it ran: {string.Join(" | ", checks.Keys)}");
        Assert.True(result.Ok, result.Detail);
    }

    public async ValueTask InitializeAsync()
    {
        _skipReason = NodeChecks.SkipReason(toolFolder, package);
        if (_skipReason is null) _checks = await RunAsync();
    }

    /// <summary>Starts the app (configured as the script needs) and runs the script against it.</summary>
    protected abstract Task<Dictionary<string, NodeChecks.Result>> RunAsync();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
