using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>Per kind of element: how many source elements fall in each class, and their share of the kind's total (0 when empty).</summary>
public sealed record CoverageShare(ElementKind Kind, int Total, int Equal, int Full, int Partial, int None)
{
    public double Share(int count) => Total == 0 ? 0 : (double)count / Total;
}
