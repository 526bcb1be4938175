namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// One record as the parameter row of an upsert statement. <paramref name="Parent"/> names another
/// record of the same kind that this one links to (a region's parent), which must be written first.
/// </summary>
internal sealed record KeyedRow(string Key, IReadOnlyDictionary<string, object?> Row, string? Parent = null);
