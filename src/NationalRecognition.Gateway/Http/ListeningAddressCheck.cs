using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace NationalRecognition.Gateway.Http;

/// <summary>
/// A taken HTTP port ends the gateway with one line naming the setting that chooses it, before anything else starts:
/// Kestrel binds last, after the co-hosted silo and the demo seeding have started, and its failure would otherwise end
/// in their shutdown's errors and a stack trace. Checks the addresses of <c>urls</c> (ASPNETCORE_URLS, --urls) or the
/// default; those of HTTP_PORTS or Kestrel:Endpoints are left to Kestrel, whose failure is still told in one line.
/// </summary>
public static class ListeningAddressCheck
{
    /// <summary>The settings a newcomer changes to move the gateway.</summary>
    public const string Setting = "--urls (or the environment variable ASPNETCORE_URLS)";

    /// <summary>Runs the application unless its address is taken; 1, having written why to <paramref name="error"/>, when it is.</summary>
    public static int RunOrExplain(this WebApplication app, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);
        if (FindTaken(app.Configuration) is { } taken)
        {
            error.WriteLine(taken);
            return 1;
        }

        try
        {
            app.Run();
            return 0;
        }
        catch (IOException exception) when (exception.InnerException is AddressInUseException)
        {
            // Taken between the check and Kestrel's bind, or an address the check leaves to Kestrel.
            error.WriteLine($"{exception.Message} Stop the process that listens there or choose another address with {Setting}.");
            return 1;
        }
    }

    /// <summary>One line saying which configured address is taken and what to change; null when every checked port is free.</summary>
    public static string? FindTaken(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(configuration["http_ports"]) || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            return null;
        }

        var urls = configuration["urls"] is { Length: > 0 } configured ? configured : GatewayHostingExtensions.DefaultUrl;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EndpointOf(url) is { } endpoint && IsTaken(endpoint))
            {
                var other = endpoint.Port == ushort.MaxValue ? endpoint.Port - 1 : endpoint.Port + 1;
                return $"Port {endpoint.Port} ({url}) is already in use by another process, perhaps another instance of the platform. "
                    + $"Stop that process or choose another address with {Setting}, e.g. "
                    + string.Create(CultureInfo.InvariantCulture, $"bash scripts/run.sh --urls http://localhost:{other}.");
            }
        }

        return null;
    }

    /// <summary>Where Kestrel would bind <paramref name="url"/>: loopback for localhost, every address for a name or wildcard.</summary>
    private static IPEndPoint? EndpointOf(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return null;
        }

        if (address.IsUnixPipe || address.IsNamedPipe || address.Port == 0)
        {
            return null;
        }

        var ip = string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(address.Host.Trim('[', ']'), out var parsed) ? parsed
            : IPAddress.Any;
        return new IPEndPoint(ip, address.Port);
    }

    private static bool IsTaken(IPEndPoint endpoint)
    {
        // As Kestrel binds: SO_REUSEADDR but never SO_REUSEPORT, so this fails exactly when a process listens there.
        using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(endpoint);
            return false;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Not ours to judge (an address this machine does not have, say): Kestrel will say.
            return false;
        }
    }
}
