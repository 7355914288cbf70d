using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>
/// One HTTP/1.1 connection to a real Kestrel, written byte by byte: what no HttpClient sends — a body cut short, broken
/// chunk framing, a slow drip, a stall — and the answer read as it arrives.
/// </summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly MemoryStream _received = new();

    private RawHttpConnection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    /// <summary>Everything received so far, as text.</summary>
    public string Received => Encoding.UTF8.GetString(_received.ToArray());

    public static async Task<RawHttpConnection> OpenAsync(Uri server)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(server.Host, server.Port);
        return new RawHttpConnection(tcp);
    }

    /// <summary>The request line and headers (a Host header is added), then the blank line.</summary>
    public Task SendHeadAsync(string method, string path, params string[] headers) =>
        SendAsync($"{method} {path} HTTP/1.1\r\nHost: localhost\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n");

    public async Task SendAsync(string text)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text));
        await _stream.FlushAsync();
    }

    /// <summary>One chunk of a chunked body, framed correctly.</summary>
    public Task SendChunkAsync(string text) => SendAsync($"{Encoding.UTF8.GetByteCount(text):x}\r\n{text}\r\n");

    /// <summary>Ends what this side sends (a FIN): the body stops where it is.</summary>
    public void EndSending() => _tcp.Client.Shutdown(SocketShutdown.Send);

    /// <summary>Reads until <paramref name="text"/> has arrived; false when the connection closed or the time ran out first.</summary>
    public async Task<bool> ReadUntilAsync(string text, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[8192];
        while (!Received.Contains(text, StringComparison.Ordinal))
        {
            int read;
            try
            {
                read = await _stream.ReadAsync(buffer, deadline.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                return false;
            }

            if (read == 0)
            {
                return false;
            }

            _received.Write(buffer, 0, read);
        }

        return true;
    }

    /// <summary>Reads until the server closes the connection (or the time runs out), then the response as it came.</summary>
    public async Task<RawHttpResponse> ReadResponseAsync(TimeSpan timeout)
    {
        await ReadUntilAsync("\u0000never\u0000", timeout);
        return RawHttpResponse.Parse(Received);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }
}

/// <summary>A response as read off the wire: status, headers, and the body (de-chunked); status 0 when none came.</summary>
internal sealed record RawHttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body's lines, each parsed as JSON (an NDJSON answer).</summary>
    public IReadOnlyList<JsonNode> Lines => [.. Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static RawHttpResponse Parse(string raw)
    {
        var headEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0)
        {
            // No answer (the connection closed first): status 0, and whatever came as the body.
            return new RawHttpResponse(0, new Dictionary<string, string>(), raw);
        }

        var head = raw[..headEnd].Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = head.Skip(1).Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw[(headEnd + 4)..];
        return new RawHttpResponse(status, headers,
            headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? Dechunk(body) : body);
    }

    private static string Dechunk(string body)
    {
        var text = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(body[at..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            // Sizes count bytes; the answers here are ASCII JSON, so characters and bytes agree.
            text.Append(body, lineEnd + 2, Math.Min(size, body.Length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }

        return text.ToString();
    }
}
