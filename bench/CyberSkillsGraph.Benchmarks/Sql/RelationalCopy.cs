using CyberSkillsGraph.Domain.Model;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CyberSkillsGraph.Benchmarks.Sql;

/// <summary>Fills <see cref="RelationalSchema"/> from the graph's records, in SQLite or in PostgreSQL, with indexes built after the load.</summary>
internal static class RelationalCopy
{
    /// <summary>An SQLite file with the relational schema, created from the content on first use and reused after.</summary>
    public static string Sqlite(string path, Func<GraphContent> content)
    {
        if (File.Exists(path)) return path;
        var building = path + ".building";
        File.Delete(building);
        using (var connection = new SqliteConnection($"Data Source={building};Pooling=False"))
        {
            connection.Open();
            RelationalSchema.Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            var graph = content();
            using var transaction = connection.BeginTransaction();
            foreach (var table in RelationalSchema.Tables)
            {
                RelationalSchema.Execute(connection, "CREATE TABLE " + table);
                var name = RelationalSchema.Name(table);
                using var insert = connection.CreateCommand();
                var columns = Columns(table);
                insert.CommandText = $"INSERT INTO {name} VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
                var parameters = columns.Select((_, i) =>
                {
                    var parameter = insert.CreateParameter();
                    parameter.ParameterName = "$p" + i;
                    insert.Parameters.Add(parameter);
                    return parameter;
                }).ToArray();
                foreach (var row in RelationalSchema.Rows(name, graph))
                {
                    for (var i = 0; i < row.Length; i++) parameters[i].Value = row[i] ?? DBNull.Value;
                    insert.ExecuteNonQuery();
                }
            }
            foreach (var index in RelationalSchema.Indexes) RelationalSchema.Execute(connection, index);
            transaction.Commit();
            RelationalSchema.Execute(connection, "ANALYZE");
        }
        File.Move(building, path);
        return path;
    }

    /// <summary>Loads the relational schema into an empty PostgreSQL database with binary COPY, unless it is already there.</summary>
    public static void Postgres(NpgsqlConnection connection, Func<GraphContent> content)
    {
        using (var check = new NpgsqlCommand("SELECT to_regclass('public.mapping') IS NOT NULL", connection))
        {
            if ((bool)check.ExecuteScalar()!) return;
        }
        var graph = content();
        using var transaction = connection.BeginTransaction();
        foreach (var table in RelationalSchema.Tables)
        {
            RelationalSchema.Execute(connection, "CREATE TABLE " + table);
            var name = RelationalSchema.Name(table);
            using var writer = connection.BeginBinaryImport($"COPY {name} FROM STDIN (FORMAT BINARY)");
            foreach (var row in RelationalSchema.Rows(name, graph))
            {
                writer.StartRow();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: writer.WriteNull(); break;
                        case int number: writer.Write(number, NpgsqlTypes.NpgsqlDbType.Integer); break;
                        default: writer.Write((string)value, NpgsqlTypes.NpgsqlDbType.Text); break;
                    }
                }
            }
            writer.Complete();
        }
        foreach (var index in RelationalSchema.Indexes) RelationalSchema.Execute(connection, index);
        transaction.Commit();
        RelationalSchema.Execute(connection, "ANALYZE");
    }

    private static string[] Columns(string table)
    {
        var inner = table[(table.IndexOf('(', StringComparison.Ordinal) + 1)..];
        return [.. inner.Split(',').Select(c => c.Trim()).TakeWhile(c => !c.StartsWith("PRIMARY KEY", StringComparison.Ordinal)).Select(c => c.Split(' ')[0])];
    }
}
