using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>
/// The graph a write is validated against, asked one record at a time: an in-memory snapshot answers from the
/// indices it already has, so validating a small write does not cost a pass over the whole graph.
/// </summary>
public interface IExistingRecords
{
    Region? FindRegion(string code);
    Framework? FindFramework(string id);
    Competence? FindCompetence(string id);
    Role? FindRole(string id);
    Standard? FindStandard(string id);
    Provider? FindProvider(string id);
    TrainingProgramme? FindProgramme(string id);

    /// <summary>True when a mapping with this <see cref="Mapping.Key"/> exists.</summary>
    bool HasMapping(string key);
}
