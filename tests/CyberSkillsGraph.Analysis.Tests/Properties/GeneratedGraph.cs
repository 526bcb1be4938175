using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>
/// A random graph of one dataset. It prints as a dataset document so that a falsified property
/// shows its counterexample as JSON that can be imported and replayed.
/// </summary>
internal sealed record GeneratedGraph(Dataset Dataset)
{
    public GraphContent Content => new(1, [Dataset]);

    public IEnumerable<string> RegionCodes => Dataset.Regions.Select(r => r.Code);

    public override string ToString() => Environment.NewLine + DatasetWriter.Write(Dataset);
}
