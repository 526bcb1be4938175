namespace CyberSkillsGraph.Api.GraphQL.Http;

/// <summary>A memory buffer that refuses to grow past a fixed size, so that one answer cannot take the process's memory.</summary>
internal sealed class CappedBufferStream(int maxBytes) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        EnsureRoom(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureRoom(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        EnsureRoom(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        EnsureRoom(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureRoom(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void EnsureRoom(int count)
    {
        if (Position + count > maxBytes) throw new FullException();
    }

    /// <summary>Thrown by a write that would pass the limit.</summary>
    public sealed class FullException() : IOException("The response buffer is full.");
}
