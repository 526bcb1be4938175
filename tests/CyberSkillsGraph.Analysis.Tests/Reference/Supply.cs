namespace CyberSkillsGraph.Analysis.Tests.Reference;

/// <summary>How a programme supplies a (competence, level) row: not at all, partially, or fully.</summary>
internal enum Supply
{
    None,
    Partial,
    Full,
}
