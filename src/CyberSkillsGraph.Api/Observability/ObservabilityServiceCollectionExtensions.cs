using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CyberSkillsGraph.Api.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics for ASP.NET Core, the .NET runtime and the platform itself.
    /// They are exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and collected in memory otherwise.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GraphTelemetry>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("cyberskillsgraph"))
            .WithTracing(tracing => tracing.AddSource(GraphTelemetry.Name).AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(GraphTelemetry.Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation());
        if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();
        return services;
    }
}
