using Microsoft.Data.Sqlite;

namespace CyberSkillsGraph.Benchmarks;

/// <summary>
/// regionGaps without mappings as one SQL query over the embedded store: the subtree by a recursive
/// CTE, demand from the demand entries and role requirements, supply as the seats of distinct
/// programmes offered in the subtree that develop the competence at the level or above, gap and the
/// same row order. It answers demand, supply and gap; it leaves out mappings, partial supply and
/// accessibility, so it does less work than the engine.
/// </summary>
internal static class SqlBaseline
{
    public const string Query = """
        WITH RECURSIVE
        sub(code) AS (
          SELECT $region
          UNION ALL
          SELECT r.key FROM regions r JOIN sub ON json_extract(r.body, '$.parent') = sub.code),
        roleDemand AS (
          SELECT json_extract(d.body, '$.role') AS role, SUM(json_extract(d.body, '$.openings')) AS openings
          FROM demand d
          WHERE json_extract(d.body, '$.year') = $year AND json_extract(d.body, '$.region') IN (SELECT code FROM sub)
          GROUP BY role),
        rowDemand AS (
          SELECT json_extract(q.value, '$.competence') AS competence, json_extract(q.value, '$.level') AS level, SUM(rd.openings) AS demand
          FROM roleDemand rd JOIN roles r ON r.key = rd.role, json_each(r.body, '$.requires') q
          GROUP BY competence, level),
        offered AS MATERIALIZED (
          SELECT p.key AS programme, json_extract(p.body, '$.seatsPerYear') AS seats, p.body AS body
          FROM training_programmes p
          WHERE EXISTS (SELECT 1 FROM json_each(p.body, '$.regions') pr WHERE pr.value IN (SELECT code FROM sub))),
        taught AS MATERIALIZED (
          SELECT o.programme, o.seats, json_extract(t.value, '$.competence') AS competence, MAX(json_extract(t.value, '$.level')) AS level
          FROM offered o, json_each(o.body, '$.develops') t
          GROUP BY o.programme, competence),
        rowSupply AS (
          SELECT rd.competence, rd.level, COALESCE(SUM(t.seats), 0) AS supply
          FROM rowDemand rd LEFT JOIN taught t ON t.competence = rd.competence AND t.level >= rd.level
          GROUP BY rd.competence, rd.level)
        SELECT rd.competence, rd.level, rd.demand, rs.supply, MAX(0, rd.demand - rs.supply) AS gap
        FROM rowDemand rd JOIN rowSupply rs ON rs.competence = rd.competence AND rs.level = rd.level
        ORDER BY gap DESC, rd.demand DESC, rd.competence, rd.level DESC
        """;

    public static List<(string Competence, long Level, long Demand, long Supply, long Gap)> Run(SqliteConnection connection, string region, int year)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Query;
        command.Parameters.AddWithValue("$region", region);
        command.Parameters.AddWithValue("$year", year);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, long, long, long)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
        return rows;
    }
}
