using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CyberSkillsGraph.Api.Graph;

/// <summary>Ready when the store answers and a snapshot is loaded; a load balancer sends traffic only then.</summary>
internal sealed class GraphReadyCheck(GraphState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var revision = await state.Store.GetRevisionAsync(cancellationToken);
            if (!state.IsLoaded) return HealthCheckResult.Unhealthy("The snapshot is not loaded yet.");
            return HealthCheckResult.Healthy($"Store at revision {revision}; snapshot at revision {state.Current.Revision}.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", e);
        }
    }
}
