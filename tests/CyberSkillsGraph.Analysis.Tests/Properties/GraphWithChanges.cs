using CyberSkillsGraph.Domain.Datasets;
using CyberSkillsGraph.Domain.Model;

namespace CyberSkillsGraph.Analysis.Tests.Properties;

/// <summary>
/// A random graph, the change sets written to it one after another, and whether a gap report was asked for before
/// the first write (so that writes update a supply index already built). Prints as dataset documents.
/// </summary>
internal sealed record GraphWithChanges(GeneratedGraph Graph, IReadOnlyList<IReadOnlyList<Dataset>> Changes, bool SupplyBuiltFirst)
{
    /// <summary>The final records, worked out without the code under test: per kind, by key, the last write wins.</summary>
    public Dataset FinalRecords()
    {
        var final = Graph.Dataset;
        foreach (var upsert in Changes.SelectMany(c => c))
        {
            final = final with
            {
                TrainingProgrammes = Upserted(final.TrainingProgrammes, upsert.TrainingProgrammes, p => p.Id),
                Demand = Upserted(final.Demand, upsert.Demand, e => e.Key),
                Mappings = Upserted(final.Mappings, upsert.Mappings, m => m.Key),
            };
        }
        return final;
    }

    public override string ToString() =>
        $"{Graph}{Environment.NewLine}supply built first: {SupplyBuiltFirst}{Environment.NewLine}" +
        string.Join(Environment.NewLine, Changes.Select((c, i) => $"change {i + 1}:{Environment.NewLine}" + string.Join(Environment.NewLine, c.Select(DatasetWriter.Write))));

    private static List<T> Upserted<T>(IReadOnlyList<T> records, IReadOnlyList<T> upserts, Func<T, string> key)
    {
        var byKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in records.Concat(upserts)) byKey[key(record)] = record;
        return [.. byKey.Values];
    }
}
