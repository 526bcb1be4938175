using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Benchmarks.Sql;

/// <summary>
/// Guards the comparison: the SQL baseline must answer the same question as the engine. Both must have
/// the same rows with the same demand; rows whose competence has no approved mapping, where mappings
/// cannot matter, must also agree on supply and accessibility.
/// </summary>
internal static class BaselineCheck
{
    /// <summary>Throws naming the first disagreements; returns how many rows were compared in full.</summary>
    public static int AssertAgrees(GraphSnapshot snapshot, GraphContent content, string region, int year, IReadOnlyList<SqlGapRow> sql)
    {
        var mapped = content.Mappings
            .Where(m => m.Status == MappingStatus.Approved && m.Relationship != Relationship.NotRelated)
            .SelectMany(m => new[] { m.Source, m.Target })
            .ToHashSet(StringComparer.Ordinal);
        var engine = GraphAnalyses.RegionGaps(snapshot, region, year).Rows.ToDictionary(r => (r.Competence.Id, r.Level));
        var problems = new List<string>();
        if (engine.Count != sql.Count) problems.Add($"the engine has {engine.Count} rows, SQL {sql.Count}");
        var compared = 0;
        foreach (var row in sql)
        {
            if (!engine.TryGetValue((row.Competence, row.Level), out var expected))
            {
                problems.Add($"{row.Competence}@{row.Level}: not an engine row");
                continue;
            }
            if (row.Demand != expected.Demand) problems.Add($"{row.Competence}@{row.Level}: demand {row.Demand}, engine {expected.Demand}");
            if (mapped.Contains(row.Competence)) continue;
            compared++;
            if (row.Supply != expected.Supply || row.Accessible != expected.Accessible)
                problems.Add($"{row.Competence}@{row.Level}: supply {row.Supply} accessible {row.Accessible}, engine {expected.Supply} {expected.Accessible}");
        }
        if (problems.Count > 0)
            throw new InvalidOperationException($"The SQL baseline disagrees with the engine for {region} {year}:\n" + string.Join("\n", problems.Take(20)));
        if (compared == 0) throw new InvalidOperationException("No row without mappings to compare: the check would prove nothing.");
        return compared;
    }
}
