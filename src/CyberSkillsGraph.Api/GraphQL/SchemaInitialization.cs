using GraphQL.Types;

namespace CyberSkillsGraph.Api.GraphQL;

/// <summary>
/// Builds the schema (its types, fields and resolvers) while the host starts, and so while the graph loads, rather than
/// in the first request: at scale L that request otherwise waited a second or more for it.
/// </summary>
internal sealed class SchemaInitialization(ISchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        schema.Initialize();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
