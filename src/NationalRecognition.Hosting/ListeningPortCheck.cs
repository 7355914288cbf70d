using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.ServiceDefaults.Cluster;
using Orleans.Configuration;

namespace NationalRecognition.Hosting;

/// <summary>
/// Refuses to start a silo whose silo or gateway port another process listens on. Orleans binds its listeners with
/// address reuse, so on Linux a second silo would share the port and the kernel would split new connections between
/// the two processes; a plain bind here, before Orleans binds anything, fails instead.
/// </summary>
internal sealed partial class ListeningPortCheck(
    IOptions<EndpointOptions> endpoints,
    ILogger<ListeningPortCheck> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The configuration key of the silo port.</summary>
    public const string SiloPortSetting = PlatformClusterOptions.SectionName + ":" + nameof(PlatformClusterOptions.SiloPort);

    /// <summary>The configuration key of the gateway port.</summary>
    public const string GatewayPortSetting = PlatformClusterOptions.SectionName + ":" + nameof(PlatformClusterOptions.GatewayPort);

    /// <summary>Before every other stage: the listeners bind at RuntimeInitialize - 1, the schema runs earlier still.</summary>
    public const int Stage = ServiceLifecycleStage.First;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ListeningPortCheck), Stage, _ =>
        {
            Check();
            return Task.CompletedTask;
        });

    /// <summary>Throws <see cref="PortInUseException"/> naming the first taken port and its setting.</summary>
    public void Check()
    {
        var options = endpoints.Value;
        var address = options.AdvertisedIPAddress ?? IPAddress.Any;
        ThrowIfInUse(options.SiloListeningEndpoint ?? new IPEndPoint(address, options.SiloPort), SiloPortSetting);
        if (options.GatewayPort != 0)
        {
            ThrowIfInUse(options.GatewayListeningEndpoint ?? new IPEndPoint(address, options.GatewayPort), GatewayPortSetting);
        }
    }

    private void ThrowIfInUse(IPEndPoint endpoint, string setting)
    {
        // .NET binds TCP sockets on Linux with SO_REUSEADDR (a port left in TIME_WAIT by a restart stays usable) but
        // never with SO_REUSEPORT, so this bind fails whenever any process listens on the port.
        using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(endpoint);
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            LogPortInUse(logger, endpoint.Port, endpoint, setting);
            throw new PortInUseException(endpoint, setting, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "The silo will not start: port {Port} ({Endpoint}) is in use by another process. Stop that process or set {Setting} to a free port.")]
    private static partial void LogPortInUse(ILogger logger, int port, IPEndPoint endpoint, string setting);
}
