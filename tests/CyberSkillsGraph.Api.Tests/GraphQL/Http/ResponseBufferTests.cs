using CyberSkillsGraph.Api.GraphQL.Http;

namespace CyberSkillsGraph.Api.Tests.GraphQL.Http;

public sealed class ResponseBufferTests
{
    [Fact]
    public async Task CopyToAsync_WhenWritesSpanSeveralSegments_ThenEveryByteArrivesInOrder()
    {
        var expected = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        using var buffer = new ResponseBuffer(expected.Length);

        // Writes of odd sizes, some asking for more room than they use, as a JSON writer does.
        for (var written = 0; written < expected.Length;)
        {
            var size = Math.Min(1 + written % 5_000, expected.Length - written);
            var span = buffer.GetSpan(size * 2);
            expected.AsSpan(written, size).CopyTo(span);
            buffer.Advance(size);
            written += size;
        }
        using var sent = new MemoryStream();
        await buffer.CopyToAsync(sent, CancellationToken.None);

        Assert.Equal(expected.Length, buffer.Length);
        Assert.Equal(expected, sent.ToArray());
    }

    [Fact]
    public void Write_WhenTheLimitWouldBePassed_ThenItThrowsFullAndKeepsWhatFits()
    {
        using var buffer = new ResponseBuffer(10);
        buffer.GetSpan(10)[..10].Fill(1);
        buffer.Advance(10);

        Assert.Throws<ResponseBuffer.FullException>(() =>
        {
            buffer.GetSpan(1);
            buffer.Advance(1);
        });
        Assert.Equal(10, buffer.Length);
    }

    [Fact]
    public void Advance_WhenOneWriteIsLargerThanTheLimit_ThenItThrowsFull()
    {
        using var buffer = new ResponseBuffer(100);
        buffer.GetSpan(200);

        Assert.Throws<ResponseBuffer.FullException>(() => buffer.Advance(101));
        Assert.Equal(0, buffer.Length);
    }
}
