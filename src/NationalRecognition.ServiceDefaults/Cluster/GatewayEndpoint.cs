using System.Globalization;
using System.Net;

namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>
/// One entry of <see cref="PlatformClusterOptions.Gateways"/>: a host (a DNS name or an IP address) and the silos'
/// gateway port, written <c>host:port</c> (<c>recognition-silo:30000</c>, <c>127.0.0.1:30001</c>, <c>[::1]:30000</c>).
/// </summary>
/// <param name="Host">A DNS name or an IP address (without brackets).</param>
/// <param name="Port">The silos' gateway port on that host.</param>
public sealed record GatewayEndpoint(string Host, int Port)
{
    /// <summary>Reads <c>host:port</c>; an IPv6 address goes in brackets.</summary>
    /// <returns>False when the text is not a host and a port between 1 and 65535.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GatewayEndpoint? endpoint)
    {
        endpoint = null;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var separator = value.LastIndexOf(':');
        if (separator <= 0)
        {
            return false;
        }

        var host = value[..separator];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
            if (!IPAddress.TryParse(host, out _))
            {
                return false;
            }
        }
        else if (host.Contains(':', StringComparison.Ordinal) || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            // An IPv6 address without brackets is ambiguous; anything else must be a DNS name or an IPv4 address.
            return false;
        }

        if (!int.TryParse(value[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > IPEndPoint.MaxPort)
        {
            return false;
        }

        endpoint = new GatewayEndpoint(host, port);
        return true;
    }

    /// <summary><c>host:port</c>, as configured.</summary>
    public override string ToString() =>
        (Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);
}
