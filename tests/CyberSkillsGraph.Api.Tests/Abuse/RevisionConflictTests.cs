using System.Reflection;
using CyberSkillsGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CyberSkillsGraph.Api.Tests.Abuse;

/// <summary>Two instances writing at once once surfaced the store's revision conflict as "Internal error." after the retries.</summary>
public sealed class RevisionConflictTests
{
    [Fact]
    public async Task Write_WhenAnotherInstanceWinsEveryAttempt_ThenTheClientGetsConflictWithARetryHint()
    {
        await using var factory = new ApiFactory
        {
            TestServices = services =>
            {
                var real = services.Single(s => s.ServiceType == typeof(IGraphStore));
                services.Remove(real);
                services.AddSingleton(sp => AlwaysBehindStore.Over((IGraphStore)real.ImplementationFactory!(sp)));
            },
        };
        var planner = await factory.ClientForAsync("test-planner");

        var error = (await planner.PostAsync("""mutation { setDemand(input: { region: "DE", role: "ECSF:CISO", year: 2039, openings: 3 }) { demandEntry { openings } } }""")).SingleError();

        Assert.Equal("CONFLICT", error.Code());
        Assert.Contains("send the request again", error.GetProperty("message").GetString());
    }

    /// <summary>
    /// The real store, except that every write after the seed loses the race to another writer. A proxy, so that it
    /// forwards every other member of the store interface as it is.
    /// </summary>
    public class AlwaysBehindStore : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private int _writes;

        public static IGraphStore Over(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, AlwaysBehindStore>();
            ((AlwaysBehindStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IGraphStore.ApplyAsync) && Interlocked.Increment(ref _writes) > 1)
                return Task.FromException<long>(new RevisionConflictException(1, 2));
            try
            {
                return method.Invoke(_inner, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException!;
            }
        }
    }
}
