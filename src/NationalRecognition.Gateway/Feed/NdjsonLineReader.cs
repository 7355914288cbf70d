using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace NationalRecognition.Gateway.Feed;

/// <summary>
/// Splits a request body into lines without holding more than one line (at most <c>maxLineBytes</c>) at a time. A
/// line's bytes are valid only until the next line is asked for. Blank lines are skipped but counted.
/// </summary>
internal static class NdjsonLineReader
{
    public static async IAsyncEnumerable<NdjsonLine> ReadAsync(PipeReader reader, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long number = 0;
        var skippingLongLine = false;
        ReadResult read = default;
        var reading = false;
        try
        {
            while (true)
            {
                read = await reader.ReadAsync(cancellationToken);
                reading = true;
                var buffer = read.Buffer;
                while (TryTakeLine(ref buffer, out var line))
                {
                    number++;
                    if (skippingLongLine)
                    {
                        skippingLongLine = false;
                        yield return new NdjsonLine(number, default, TooLong: true);
                    }
                    else if (line.Length > maxLineBytes)
                    {
                        yield return new NdjsonLine(number, default, TooLong: true);
                    }
                    else if (!IsBlank(line))
                    {
                        yield return new NdjsonLine(number, line, TooLong: false);
                    }
                }

                if (read.IsCompleted)
                {
                    // The last line may lack its line break (or be cut short: the parser says so).
                    if (skippingLongLine || buffer.Length > maxLineBytes)
                    {
                        yield return new NdjsonLine(number + 1, default, TooLong: true);
                    }
                    else if (!buffer.IsEmpty && !IsBlank(buffer))
                    {
                        yield return new NdjsonLine(number + 1, buffer, TooLong: false);
                    }

                    yield break;
                }

                reading = false;
                if (buffer.Length > maxLineBytes)
                {
                    // No line break within the limit: drop what is held and skip to the next break.
                    skippingLongLine = true;
                    reader.AdvanceTo(buffer.End);
                    continue;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            // A read is always ended (advanced) before the reader is completed: completing it in the middle of a read
            // leaves Kestrel to drain the body of a reader "already in progress", which it logs as an error.
            if (reading)
            {
                reader.AdvanceTo(read.Buffer.End);
            }

            await reader.CompleteAsync();
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var end = buffer.PositionOf((byte)'\n');
        if (end is null)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, end.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, end.Value));
        return true;
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
