using CyberSkillsGraph.Analysis;
using CyberSkillsGraph.Analysis.Snapshot;

namespace CyberSkillsGraph.Benchmarks.Sql;

/// <summary>
/// Guards the comparison: the SQL baseline must answer the same question as the engine. Without mappings
/// it must give, row for row, the demand, supply, partial supply and accessibility the engine gives on the
/// same graph with its mappings removed; and its demand must be the engine's on the full graph.
/// </summary>
internal static class BaselineCheck
{
    /// <summary>Throws naming the first disagreements.</summary>
    public static void AssertAgrees(GraphSnapshot snapshot, GraphSnapshot withoutMappings, string region, int year, IReadOnlyList<SqlGapRow> sql)
    {
        var engine = GraphAnalyses.RegionGaps(withoutMappings, region, year).Rows.ToDictionary(r => (r.Competence.Id, r.Level));
        var demand = GraphAnalyses.RegionGaps(snapshot, region, year).Rows.ToDictionary(r => (r.Competence.Id, r.Level), r => r.Demand);
        var problems = new List<string>();
        if (engine.Count != sql.Count || demand.Count != sql.Count)
            problems.Add($"the engine has {engine.Count} rows without mappings and {demand.Count} with them, SQL {sql.Count}");
        foreach (var row in sql)
        {
            var key = (row.Competence, row.Level);
            if (!engine.TryGetValue(key, out var expected) || !demand.TryGetValue(key, out var fullDemand))
            {
                problems.Add($"{row.Competence}@{row.Level}: not an engine row");
                continue;
            }
            if ((row.Demand, row.Supply, row.PartialSupply, row.Accessible) != (expected.Demand, expected.Supply, expected.PartialSupply, expected.Accessible) ||
                row.Demand != fullDemand)
                problems.Add($"{row.Competence}@{row.Level}: SQL {row.Demand}/{row.Supply}/{row.PartialSupply}/{row.Accessible}, " +
                    $"engine {expected.Demand}/{expected.Supply}/{expected.PartialSupply}/{expected.Accessible} (demand {fullDemand} with mappings)");
        }
        if (problems.Count > 0)
            throw new InvalidOperationException($"The SQL baseline disagrees with the engine for {region} {year}:\n" + string.Join("\n", problems.Take(20)));
    }
}
