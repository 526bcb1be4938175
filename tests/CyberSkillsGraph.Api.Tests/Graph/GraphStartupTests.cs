using System.Net;
using System.Reflection;
using CyberSkillsGraph.Api.Auth;
using CyberSkillsGraph.Domain.Model;
using CyberSkillsGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CyberSkillsGraph.Api.Tests.Graph;

/// <summary>The graph loads while the other hosted services start; the server takes requests only once it is loaded.</summary>
public sealed class GraphStartupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WhenTheGraphIsLoading_ThenTheAccountsAreSetUpMeanwhileAndTheFirstRequestSeesTheGraph()
    {
        var accountsReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new ApiFactory
        {
            TestServices = services =>
            {
                // The first load waits until the accounts are set up: with the load in the way of the other starts, it never would be.
                WrapStore(services, inner => BeforeLoad.Over(inner, () => accountsReady.Task.WaitAsync(TimeSpan.FromSeconds(60), Cancel)));
                var setup = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(AccountSetup));
                services[services.IndexOf(setup)] = ServiceDescriptor.Singleton<IHostedService>(sp =>
                    new Signalling((IHostedService)ActivatorUtilities.CreateInstance(sp, typeof(AccountSetup)), accountsReady));
            },
        };
        var client = factory.CreateClient();

        using var ready = await client.GetAsync("/health/ready", Cancel);
        var revision = (await client.PostAsync("{ revision }")).Data().GetProperty("revision").GetInt64();

        Assert.Equal((HttpStatusCode.OK, true), (ready.StatusCode, revision > 0));
    }

    [Fact]
    public async Task Start_WhenTheStoreFailsToLoad_ThenTheHostDoesNotStart()
    {
        await using var factory = new ApiFactory
        {
            TestServices = services => WrapStore(services, inner => BeforeLoad.Over(inner, () => throw new InvalidDataException("row 7 of competences is corrupt"))),
        };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("row 7 of competences is corrupt", error.ToString());
    }

    private static void WrapStore(IServiceCollection services, Func<IGraphStore, IGraphStore> wrap)
    {
        var real = services.Single(s => s.ServiceType == typeof(IGraphStore));
        services.Remove(real);
        services.AddSingleton(sp => wrap((IGraphStore)real.ImplementationFactory!(sp)));
    }

    /// <summary>A hosted service as it is, that says when its start has finished.</summary>
    private sealed class Signalling(IHostedService inner, TaskCompletionSource started) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await inner.StartAsync(cancellationToken);
            started.TrySetResult();
        }

        public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);
    }

    /// <summary>The real store, except that the first load runs a step of the test's first. A proxy, so that it forwards every other member as it is.</summary>
    public class BeforeLoad : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private Func<Task> _step = null!;
        private int _loads;

        public static IGraphStore Over(IGraphStore inner, Func<Task> step)
        {
            var proxy = Create<IGraphStore, BeforeLoad>();
            ((BeforeLoad)(object)proxy)._inner = inner;
            ((BeforeLoad)(object)proxy)._step = step;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IGraphStore.LoadAsync) && Interlocked.Increment(ref _loads) == 1) return LoadAfterStepAsync((CancellationToken)args![0]!);
            try
            {
                return method.Invoke(_inner, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException!;
            }
        }

        private async Task<GraphContent> LoadAfterStepAsync(CancellationToken cancellationToken)
        {
            await _step();
            return await _inner.LoadAsync(cancellationToken);
        }
    }
}
