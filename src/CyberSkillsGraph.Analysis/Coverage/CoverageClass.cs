namespace CyberSkillsGraph.Analysis.Coverage;

/// <summary>How well a taught element covers a needed one, best first (docs/semantics.md, "Coverage through mappings").</summary>
public enum CoverageClass
{
    /// <summary>The same element, or a path of equal hops only.</summary>
    Equal = 0,

    /// <summary>A path of equal and subset_of hops with at least one subset_of: the needed element lies inside the taught one.</summary>
    Full = 1,

    /// <summary>Any other path: the taught element covers part of the needed one.</summary>
    Partial = 2,

    /// <summary>No path within the hop limit.</summary>
    None = 3,
}
