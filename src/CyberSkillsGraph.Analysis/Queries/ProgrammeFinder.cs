using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Queries;

/// <summary>Filters training programmes; the API pages the result (in id order, so pages stay stable while others write).</summary>
public static class ProgrammeFinder
{
    /// <param name="snapshot">The graph to search.</param>
    /// <param name="filter">Conditions; their references must exist (check with <see cref="GraphSnapshot"/> first).</param>
    /// <returns>The matching programmes in id order.</returns>
    public static IReadOnlyList<TrainingProgramme> Find(GraphSnapshot snapshot, ProgrammeFilter filter)
    {
        var region = filter.Region is null ? -1 : snapshot.RegionTree.IndexOf(filter.Region);
        var competence = filter.Competence is null ? -1 : snapshot.CompetenceIndex(filter.Competence);
        var words = ProgrammeFilter.WordsOf(filter.Search);

        var found = new List<TrainingProgramme>();
        foreach (var p in snapshot.ProgrammeIdOrder)
        {
            var programme = snapshot.Programmes[p];
            if ((programme.IsRetired && !filter.IncludeRetired) || (filter.Provider is not null && programme.Provider != filter.Provider)) continue;
            if (Matches(snapshot, p, region, competence, words)) found.Add(programme);
        }
        return found;
    }

    private static bool Matches(GraphSnapshot snapshot, int programme, int region, int competence, string[] words)
    {
        if (region >= 0 && !OfferedIn(snapshot, programme, region)) return false;
        if (competence >= 0 && snapshot.Programmes[programme].Develops.All(d => d.Competence != snapshot.Competences[competence].Id)) return false;
        foreach (var word in words)
        {
            if (!snapshot.ProgrammeSearchText[programme].Contains(word, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private static bool OfferedIn(GraphSnapshot snapshot, int programme, int root)
    {
        // The record, not the analysis edges: a retired programme listed on request still shows where it ran.
        foreach (var code in snapshot.Programmes[programme].Regions)
        {
            if (snapshot.RegionTree.IndexOf(code) is var region and >= 0 && snapshot.RegionTree.InSubtree(region, root)) return true;
        }
        return false;
    }
}
