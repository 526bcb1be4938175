using System.Buffers;

namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>
/// Where an answer is serialized before it is sent: segments rented from the shared array pool, so that a large answer
/// neither copies itself as a growing array nor leaves large arrays for the garbage collector, and a fixed size it may
/// not pass, so that one answer cannot take the process's memory. What it holds never exceeds the limit by more than
/// the room asked for one value.
/// </summary>
internal sealed class ResponseBuffer(int maxBytes) : IBufferWriter<byte>, IDisposable
{
    /// <summary>Large enough that a big answer takes few segments, small enough that the pool keeps it (and not on the large object heap).</summary>
    private const int SegmentBytes = 64 * 1024;

    private readonly List<byte[]> _full = [];
    private readonly List<int> _fullLengths = [];
    private byte[]? _current;
    private int _used;

    /// <summary>The bytes written so far.</summary>
    public long Length { get; private set; }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_current is null || _used + count > _current.Length) throw new InvalidOperationException("Advanced past the memory handed out.");
        if (Length + count > maxBytes) throw new FullException();
        _used += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(_used);

    /// <summary>Sends what was written, in order.</summary>
    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _full.Count; i++) await destination.WriteAsync(_full[i].AsMemory(0, _fullLengths[i]), cancellationToken);
        if (_used > 0) await destination.WriteAsync(_current.AsMemory(0, _used), cancellationToken);
    }

    public void Dispose()
    {
        foreach (var segment in _full) ArrayPool<byte>.Shared.Return(segment);
        _full.Clear();
        if (_current is not null) ArrayPool<byte>.Shared.Return(_current);
        _current = null;
    }

    /// <summary>The current segment with at least <paramref name="sizeHint"/> bytes free after what is used, starting a new one when needed.</summary>
    private byte[] Room(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        if (Length >= maxBytes) throw new FullException();
        var wanted = Math.Max(sizeHint, 1);
        if (_current is not null && _current.Length - _used >= wanted) return _current;
        if (_current is not null)
        {
            if (_used > 0)
            {
                _full.Add(_current);
                _fullLengths.Add(_used);
            }
            else
            {
                ArrayPool<byte>.Shared.Return(_current);
            }
        }
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentBytes, wanted));
        _used = 0;
        return _current;
    }

    /// <summary>Thrown by a write that would pass the limit.</summary>
    public sealed class FullException() : IOException("The response buffer is full.");
}
