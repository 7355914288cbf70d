namespace NationalRecognition.Importer;

/// <summary>
/// The file's lines as bytes (without the line break), numbered from 1, so that each line's encoding is judged on its
/// own: one line in another encoding is one rejected record, not a failed file.
/// </summary>
internal static class ByteLines
{
    public static IEnumerable<(long Number, byte[] Bytes)> Read(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        long number = 0;
        int read;
        var any = false;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                line.Write(buffer, start, i - start);
                start = i + 1;
                yield return (++number, TakeLine(line));
                any = false;
            }

            line.Write(buffer, start, read - start);
            any = any || read - start > 0;
        }

        if (any && line.Length > 0)
        {
            yield return (++number, TakeLine(line));
        }
    }

    private static byte[] TakeLine(MemoryStream line)
    {
        var bytes = line.ToArray();
        line.SetLength(0);
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
