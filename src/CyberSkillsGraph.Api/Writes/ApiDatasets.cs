using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Api.Writes;

/// <summary>The datasets that records written through the API belong to, so that export keeps them apart from imported data.</summary>
internal static class ApiDatasets
{
    private const string Source = "Written through the CyberSkillsGraph API; the audit trail says who wrote what.";

    public static DatasetInfo ForProvider(Provider provider) =>
        new($"provider-{provider.Id}", $"Training programmes registered by {provider.Name}", Source);

    public static readonly DatasetInfo Mappings = new("mappings-api", "Mappings recorded by standards bodies", Source);

    public static readonly DatasetInfo Demand = new("demand-api", "Demand recorded by workforce planners", Source);
}
