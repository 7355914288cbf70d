using Microsoft.AspNetCore.Http;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>Reads a request body without ever buffering more than the limit allows.</summary>
internal static class BoundedBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        // A declared length lets us refuse before reading anything.
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
