namespace CyberSkillsGraph.Storage.Neo4j.Graph;

/// <summary>
/// A relationship type that a record kind keeps for analysts, derived from the record on every
/// upsert: <c>(record)-[:Type {level}]->(:TargetLabel {TargetKey})</c>.
/// </summary>
internal sealed record LinkSpec<T>(string Type, string TargetLabel, string TargetKey, Func<T, IEnumerable<Link>> Links, bool HasLevel = false);
