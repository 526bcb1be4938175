using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Snapshot;

/// <summary>The order of a snapshot's programmes: by id, ordinal.</summary>
internal sealed class ProgrammeOrder : IComparer<TrainingProgramme>
{
    public static ProgrammeOrder Instance { get; } = new();

    public int Compare(TrainingProgramme? x, TrainingProgramme? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return string.CompareOrdinal(x.Id, y.Id);
    }
}
