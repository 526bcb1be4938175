using CyberSkillsGraph.Analysis.Coverage;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Gaps;

/// <summary>
/// Why a programme counts for a gap row: the competence it develops, at which level, the mapping
/// path from the needed competence to it, and whether its seats count in the region or it is only
/// accessible from an ancestor region.
/// </summary>
public sealed record SupplierExplanation(
    TrainingProgramme Programme,
    string DevelopedCompetence,
    int DevelopedLevel,
    CoveragePath Path,
    bool CountsAsSupply);
