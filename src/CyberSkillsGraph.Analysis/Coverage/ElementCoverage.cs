using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>One element of the source framework and its best path into the target framework (null when none).</summary>
public sealed record ElementCoverage(string Id, ElementKind Kind, CoveragePath? Best)
{
    public CoverageClass Class => Best?.Class ?? CoverageClass.None;
}
