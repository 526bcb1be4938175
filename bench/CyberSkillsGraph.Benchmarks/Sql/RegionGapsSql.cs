using System.Data.Common;

namespace CyberSkillsGraph.Benchmarks.Sql;

/// <summary>One row of regionGaps as the SQL baseline answers it.</summary>
internal sealed record SqlGapRow(string Competence, int Level, long Demand, long Supply, long PartialSupply, bool Accessible);

/// <summary>
/// regionGaps as the best single SQL statement we could write over <see cref="RelationalSchema"/>, in
/// the dialect both SQLite and PostgreSQL accept: the subtree and the ancestors by recursive CTEs,
/// demand per role then per (competence, level), and supply, partial supply and accessibility in one
/// aggregate over the programmes offered in the subtree or an ancestor that develop the competence at
/// the level or above (a correlated EXISTS for accessibility made PostgreSQL's plan ten times slower). <see cref="WithoutMappings"/> is exact
/// for rows whose competence has no approved mapping; <see cref="WithOneHopMappings"/> also follows
/// one approved mapping from the needed competence (the engine follows up to three).
/// </summary>
internal static class RegionGapsSql
{
    private const string Common = """
        WITH RECURSIVE
        sub(code) AS (
          SELECT code FROM region WHERE code = @region
          UNION ALL SELECT r.code FROM region r JOIN sub ON r.parent = sub.code),
        up(code) AS (
          SELECT parent FROM region WHERE code = @region AND parent IS NOT NULL
          UNION ALL SELECT r.parent FROM region r JOIN up ON r.code = up.code WHERE r.parent IS NOT NULL),
        role_demand AS (
          SELECT d.role, SUM(d.openings) AS openings
          FROM demand d JOIN sub ON sub.code = d.region
          WHERE d.year = @year GROUP BY d.role),
        need AS (
          SELECT q.competence, q.level, SUM(rd.openings) AS demand
          FROM role_demand rd JOIN role_requirement q ON q.role = rd.role
          GROUP BY q.competence, q.level),
        local_programme AS MATERIALIZED (
          SELECT DISTINCT pr.programme FROM programme_region pr JOIN sub ON sub.code = pr.region),
        near_programme AS MATERIALIZED (
          SELECT DISTINCT pr.programme FROM programme_region pr
          WHERE pr.region IN (SELECT code FROM sub UNION SELECT code FROM up)),
        """;

    public const string WithoutMappings = Common + """
        totals AS (
          SELECT n.competence, n.level,
            SUM(CASE WHEN l.programme IS NOT NULL THEN p.seats ELSE 0 END) AS supply
          FROM need n
          JOIN programme_develops pd ON pd.competence = n.competence AND pd.level >= n.level
          JOIN near_programme np ON np.programme = pd.programme
          JOIN programme p ON p.id = pd.programme
          LEFT JOIN local_programme l ON l.programme = pd.programme
          GROUP BY n.competence, n.level)
        SELECT n.competence, n.level, n.demand, COALESCE(t.supply, 0) AS supply, 0 AS partial_supply,
          CASE WHEN t.competence IS NULL THEN 0 ELSE 1 END AS accessible
        FROM need n LEFT JOIN totals t ON t.competence = n.competence AND t.level = n.level
        ORDER BY CASE WHEN n.demand > COALESCE(t.supply, 0) THEN n.demand - COALESCE(t.supply, 0) ELSE 0 END DESC,
          n.demand DESC, n.competence, n.level DESC
        """;

    public const string WithOneHopMappings = Common + """
        needed AS (SELECT DISTINCT competence FROM need),
        cover(needed, taught, full_cover) AS (
          SELECT competence, competence, 1 FROM needed
          UNION ALL
          SELECT m.source, m.target, CASE WHEN m.relationship IN ('equal', 'subset_of') THEN 1 ELSE 0 END
          FROM mapping m JOIN needed ON needed.competence = m.source
          UNION ALL
          SELECT m.target, m.source, CASE WHEN m.relationship IN ('equal', 'superset_of') THEN 1 ELSE 0 END
          FROM mapping m JOIN needed ON needed.competence = m.target),
        supplier AS (
          SELECT n.competence, n.level, pd.programme, MAX(c.full_cover) AS full_cover
          FROM need n
          JOIN cover c ON c.needed = n.competence
          JOIN programme_develops pd ON pd.competence = c.taught AND pd.level >= n.level
          JOIN near_programme np ON np.programme = pd.programme
          GROUP BY n.competence, n.level, pd.programme),
        totals AS (
          SELECT s.competence, s.level,
            SUM(CASE WHEN s.full_cover = 1 AND l.programme IS NOT NULL THEN p.seats ELSE 0 END) AS supply,
            SUM(CASE WHEN s.full_cover = 0 AND l.programme IS NOT NULL THEN p.seats ELSE 0 END) AS partial_supply,
            MAX(s.full_cover) AS accessible
          FROM supplier s JOIN programme p ON p.id = s.programme
          LEFT JOIN local_programme l ON l.programme = s.programme
          GROUP BY s.competence, s.level)
        SELECT n.competence, n.level, n.demand, COALESCE(t.supply, 0) AS supply,
          COALESCE(t.partial_supply, 0) AS partial_supply, COALESCE(t.accessible, 0) AS accessible
        FROM need n LEFT JOIN totals t ON t.competence = n.competence AND t.level = n.level
        ORDER BY CASE WHEN n.demand > COALESCE(t.supply, 0) THEN n.demand - COALESCE(t.supply, 0) ELSE 0 END DESC,
          n.demand DESC, n.competence, n.level DESC
        """;

    public static List<SqlGapRow> Run(DbConnection connection, string query, string region, int year)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        command.CommandTimeout = 0;
        Add(command, "region", region);
        Add(command, "year", year);
        using var reader = command.ExecuteReader();
        var rows = new List<SqlGapRow>();
        while (reader.Read())
        {
            rows.Add(new SqlGapRow(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) != 0));
        }
        return rows;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
