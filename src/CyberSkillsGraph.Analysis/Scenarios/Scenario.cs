using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Scenarios;

/// <summary>
/// A what-if change to the graph that is analysed without being written: programmes added, programmes
/// whose seats change or that retire, demand scaled overall or per role, demand entries set, and
/// proposed mappings counted as if approved. Demand entries listed in <see cref="Demand"/> are taken as
/// given; every other stored entry is scaled by its role's factor, else by <see cref="DemandFactor"/>.
/// </summary>
public sealed record Scenario
{
    public static Scenario None { get; } = new();

    public IReadOnlyList<TrainingProgramme> AddProgrammes { get; init; } = [];
    public IReadOnlyList<ProgrammeChange> ChangeProgrammes { get; init; } = [];
    public decimal DemandFactor { get; init; } = 1m;
    public IReadOnlyList<RoleDemandFactor> RoleDemandFactors { get; init; } = [];
    public IReadOnlyList<DemandEntry> Demand { get; init; } = [];

    /// <summary>Proposed mappings take part in the analysis as if approved (pending proposals on approved mappings do not).</summary>
    public bool IncludeProposed { get; init; }

    /// <summary>Openings of a stored entry after scaling by <paramref name="factor"/>: rounded half away from zero, so writing the scaled entry gives the same number.</summary>
    public static int Scale(int openings, decimal factor) =>
        factor == 1m ? openings : (int)Math.Round(openings * factor, 0, MidpointRounding.AwayFromZero);
}
