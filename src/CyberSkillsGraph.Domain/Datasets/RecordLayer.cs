namespace CyberSkillsGraph.Domain.Datasets;

/// <summary>Records of one kind as they would be after an upsert: the incoming ones by key over the existing graph's.</summary>
internal sealed class RecordLayer<T>(Func<string, T?> existing) where T : class
{
    private readonly Dictionary<string, T> _incoming = new(StringComparer.Ordinal);

    public T this[string key] => TryGetValue(key, out var record) ? record : throw new KeyNotFoundException(key);

    public void Set(string key, T record) => _incoming[key] = record;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool Contains(string key) => ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? record) =>
        _incoming.TryGetValue(key, out record) || (record = existing(key)) is not null;
}
