namespace CyberSkillsGraph.Domain.Model;

/// <summary>
/// Finds the record a content already holds under the key of a record being upserted, from an index the caller keeps
/// (an in-memory snapshot), so that <see cref="GraphContent.With"/> need not build and compare the key of every stored
/// record of the kind for a small write.
/// </summary>
public interface IStoredRecords
{
    /// <summary>
    /// False when this cannot say for <paramref name="kind"/> (the content is then searched by key). Otherwise
    /// <paramref name="stored"/> is the very record instance the content holds with the key of <paramref name="record"/>,
    /// or null when it holds none.
    /// </summary>
    bool TryFind<T>(RecordKind<T> kind, T record, out T? stored);
}
