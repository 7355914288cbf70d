namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// A memory buffer that refuses to grow past a limit: a response is serialised into it whole before anything is
/// sent, so an answer over the limit costs at most the limit in memory and is replaced rather than cut off.
/// </summary>
internal sealed class BoundedBufferStream(int maxBytes) : MemoryStream
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
        if (Position + count > maxBytes)
        {
            throw new LimitExceededException();
        }
    }

    /// <summary>The content would pass the limit.</summary>
    internal sealed class LimitExceededException : IOException
    {
        public LimitExceededException()
            : base("The buffer's limit was reached.")
        {
        }
    }
}
