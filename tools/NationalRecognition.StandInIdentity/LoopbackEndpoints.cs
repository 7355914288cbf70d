using System.Net;

namespace NationalRecognition.StandInIdentity;

/// <summary>
/// The addresses the stand-in may listen on: plain HTTP on the loopback interface only (127.0.0.0/8, ::1 or
/// "localhost"). Anything else — a wildcard, 0.0.0.0, a host name, HTTPS — is refused before anything binds.
/// </summary>
public static class LoopbackEndpoints
{
    public const string DefaultUrl = "http://127.0.0.1:5199";

    /// <summary>The endpoints named by a ';'-separated URL list (the "urls" setting).</summary>
    /// <exception cref="InvalidOperationException">A URL is malformed or not on the loopback interface.</exception>
    public static IReadOnlyList<IPEndPoint> Parse(string? urls)
    {
        var text = string.IsNullOrWhiteSpace(urls) ? DefaultUrl : urls;
        var endpoints = new List<IPEndPoint>();
        foreach (var url in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            endpoints.Add(ParseOne(url));
        }

        return endpoints;
    }

    /// <summary>Whether an address is on the loopback interface.</summary>
    public static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(address);

    private static IPEndPoint ParseOne(string url)
    {
        // Uri rejects "*" and "+" hosts, which is what we want: they mean every interface.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp
            || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query))
        {
            throw new InvalidOperationException(
                $"Refused to listen on '{url}': the stand-in identity provider takes plain http://<loopback address>:<port> URLs only.");
        }

        var address = string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
        if (address is null || !IsLoopback(address))
        {
            throw new InvalidOperationException(
                $"Refused to listen on '{url}': the stand-in identity provider is a test tool and binds to the loopback interface only (127.0.0.1, ::1 or localhost).");
        }

        return new IPEndPoint(address, uri.Port);
    }
}
