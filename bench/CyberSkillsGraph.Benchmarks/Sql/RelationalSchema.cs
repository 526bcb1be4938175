using System.Data.Common;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Benchmarks.Sql;

/// <summary>
/// The graph as a relational designer would lay it out for the regionGaps question: one row per fact,
/// integer levels and seats, and an index behind every join the query makes. The same DDL serves
/// SQLite and PostgreSQL. Retired programmes, proposed and not_related mappings are left out, as the
/// analyses leave them out.
/// </summary>
internal static class RelationalSchema
{
    public static readonly string[] Tables =
    [
        "region(code TEXT PRIMARY KEY, parent TEXT)",
        "role_requirement(role TEXT NOT NULL, competence TEXT NOT NULL, level INTEGER NOT NULL, PRIMARY KEY (role, competence, level))",
        "programme(id TEXT PRIMARY KEY, seats INTEGER NOT NULL)",
        "programme_region(programme TEXT NOT NULL, region TEXT NOT NULL, PRIMARY KEY (region, programme))",
        "programme_develops(programme TEXT NOT NULL, competence TEXT NOT NULL, level INTEGER NOT NULL, PRIMARY KEY (competence, programme))",
        "demand(region TEXT NOT NULL, role TEXT NOT NULL, year INTEGER NOT NULL, openings INTEGER NOT NULL, PRIMARY KEY (year, region, role))",
        "mapping(source TEXT NOT NULL, relationship TEXT NOT NULL, target TEXT NOT NULL, strength INTEGER NOT NULL, PRIMARY KEY (source, target))",
    ];

    /// <summary>Indexes for the joins the primary keys do not already serve.</summary>
    public static readonly string[] Indexes =
    [
        "CREATE INDEX region_parent ON region(parent)",
        "CREATE INDEX programme_region_programme ON programme_region(programme, region)",
        "CREATE INDEX programme_develops_level ON programme_develops(competence, level, programme)",
        "CREATE INDEX programme_develops_programme ON programme_develops(programme)",
        "CREATE INDEX mapping_target ON mapping(target, relationship, source)",
        "CREATE INDEX mapping_source ON mapping(source, relationship, target)",
    ];

    public static IEnumerable<object?[]> Rows(string table, GraphContent content)
    {
        var offered = content.TrainingProgrammes.Where(p => !p.IsRetired).ToList();
        return table switch
        {
            "region" => content.Regions.Select(r => new object?[] { r.Code, r.Parent }),
            "role_requirement" => content.Roles.SelectMany(r => r.Requires.Distinct().Select(q => new object?[] { r.Id, q.Competence, q.Level })),
            "programme" => offered.Select(p => new object?[] { p.Id, p.SeatsPerYear }),
            "programme_region" => offered.SelectMany(p => p.Regions.Distinct().Select(r => new object?[] { p.Id, r })),
            // A programme developing a competence at several levels supplies every level up to the highest.
            "programme_develops" => offered.SelectMany(p => p.Develops.GroupBy(d => d.Competence)
                .Select(g => new object?[] { p.Id, g.Key, g.Max(d => d.Level) })),
            "demand" => content.Demand.Select(d => new object?[] { d.Region, d.Role, d.Year, d.Openings }),
            "mapping" => content.Mappings
                .Where(m => m.Status == MappingStatus.Approved && m.Relationship != Relationship.NotRelated)
                .Select(m => new object?[] { m.Source, Word(m.Relationship), m.Target, m.Strength }),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
    }

    public static string Name(string table) => table[..table.IndexOf('(', StringComparison.Ordinal)];

    public static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static string Word(Relationship relationship) => relationship switch
    {
        Relationship.Equal => "equal",
        Relationship.SubsetOf => "subset_of",
        Relationship.SupersetOf => "superset_of",
        Relationship.IntersectsWith => "intersects_with",
        _ => "not_related",
    };
}
