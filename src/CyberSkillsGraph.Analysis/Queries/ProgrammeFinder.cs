using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Queries;

/// <summary>Filters and pages training programmes. Paging is keyed on the programme id, so pages stay stable while others write.</summary>
public static class ProgrammeFinder
{
    /// <param name="snapshot">The graph to search.</param>
    /// <param name="filter">Conditions; their references must exist (check with <see cref="GraphSnapshot"/> first).</param>
    /// <param name="first">Page size.</param>
    /// <param name="afterId">Return programmes whose id sorts after this one; null for the first page.</param>
    public static ProgrammePage Find(GraphSnapshot snapshot, ProgrammeFilter filter, int first, string? afterId)
    {
        var region = filter.Region is null ? -1 : snapshot.RegionTree.IndexOf(filter.Region);
        var competence = filter.Competence is null ? -1 : snapshot.CompetenceIndex(filter.Competence);
        var words = (filter.Search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var start = afterId is null ? 0 : FirstAfter(snapshot.Programmes, afterId);
        var items = new List<TrainingProgramme>(Math.Min(first, 256));
        var total = 0;
        var before = 0;
        for (var p = 0; p < snapshot.Programmes.Count; p++)
        {
            var programme = snapshot.Programmes[p];
            if ((programme.IsRetired && !filter.IncludeRetired) || (filter.Provider is not null && programme.Provider != filter.Provider)) continue;
            if (!Matches(snapshot, p, region, competence, words)) continue;
            total++;
            if (p < start) before++;
            else if (items.Count < first) items.Add(snapshot.Programmes[p]);
        }
        return new ProgrammePage(items, total, HasNextPage: total - before > items.Count, HasPreviousPage: before > 0);
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

    private static int FirstAfter(IReadOnlyList<TrainingProgramme> sorted, string id)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(sorted[mid].Id, id) <= 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
