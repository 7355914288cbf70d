using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Orleans.Messaging;

namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>
/// The silos' gateway endpoints as configured (<see cref="PlatformClusterOptions.Gateways"/>), each host name
/// resolved again at every refresh, so a client finds the silos without reading the membership table in PostgreSQL
/// (ADR 0011). A Kubernetes headless Service's name expands to every silo pod's address; literal IP addresses list the
/// silos of processes on one machine.
/// </summary>
/// <remarks>
/// A name that resolves to no address, or whose lookup fails, keeps the addresses it last had: Orleans closes its
/// connections to every gateway that drops out of the list, and a DNS hiccup must not cut a gateway off from silos
/// that still serve. A silo that is listed but down, or shutting down, stays on the list, unlike in the membership
/// table: Orleans leaves a gateway it found so out of use for <see cref="MaxStaleness"/>, which is therefore
/// <see cref="ExclusionAfterFailure"/> rather than one refresh period, so that a stopping silo is not connected to again
/// while it drains.
/// </remarks>
public sealed partial class ConfiguredGatewayListProvider : IGatewayListProvider
{
    private readonly IReadOnlyList<GatewayEndpoint> _endpoints;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;
    private readonly ILogger<ConfiguredGatewayListProvider> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<GatewayEndpoint, IPEndPoint[]> _lastResolved = new();
    private readonly HashSet<GatewayEndpoint> _unresolved = [];
    private string? _lastList;

    /// <summary>How long Orleans leaves out a listed gateway that refused a connection or said it is shutting down.</summary>
    public static readonly TimeSpan ExclusionAfterFailure = TimeSpan.FromSeconds(30);

    /// <param name="endpoints">The configured entries, in order.</param>
    /// <param name="refreshPeriod">How often Orleans asks again (its gateway list refresh period).</param>
    /// <param name="resolve">Looks a host name up (<see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>).</param>
    /// <param name="logger">Where changes of the list and failed lookups are logged.</param>
    public ConfiguredGatewayListProvider(
        IEnumerable<GatewayEndpoint> endpoints,
        TimeSpan refreshPeriod,
        Func<string, CancellationToken, Task<IPAddress[]>> resolve,
        ILogger<ConfiguredGatewayListProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _endpoints = [.. endpoints];
        if (_endpoints.Count == 0)
        {
            throw new ArgumentException("At least one gateway endpoint is needed.", nameof(endpoints));
        }

        MaxStaleness = refreshPeriod > ExclusionAfterFailure ? refreshPeriod : ExclusionAfterFailure;
        _resolve = resolve ?? throw new ArgumentNullException(nameof(resolve));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>
    /// What Orleans reads as the list's staleness bound, and uses only to keep a gateway it found dead or shutting down
    /// out of use: <see cref="ExclusionAfterFailure"/>, or the refresh period if longer. The list is still asked for
    /// at every refresh period (Orleans' timer runs on <c>GatewayOptions.GatewayListRefreshPeriod</c>).
    /// </summary>
    public TimeSpan MaxStaleness { get; }

    /// <inheritdoc/>
    public bool IsUpdatable => true;

    /// <inheritdoc/>
    public Task InitializeGatewayListProvider() => Task.CompletedTask;

    /// <summary>Every configured entry resolved now: one gateway per address, in a stable order (Orleans round-robins over it).</summary>
    public async Task<IList<Uri>> GetGateways()
    {
        var resolved = await Task.WhenAll(_endpoints.Select(ResolveAsync));
        var gateways = resolved.SelectMany(addresses => addresses)
            .Distinct()
            .OrderBy(address => address.Address.ToString(), StringComparer.Ordinal)
            .ThenBy(address => address.Port)
            .ToList();
        LogIfChanged(gateways);
        return [.. gateways.Select(address => SiloAddress.New(address, 0).ToGatewayUri())];
    }

    private async Task<IPEndPoint[]> ResolveAsync(GatewayEndpoint endpoint)
    {
        if (IPAddress.TryParse(endpoint.Host, out var literal))
        {
            return [new IPEndPoint(literal, endpoint.Port)];
        }

        string reason;
        try
        {
            var addresses = await _resolve(endpoint.Host, CancellationToken.None);
            if (addresses.Length > 0)
            {
                IPEndPoint[] found = [.. addresses.Select(address => new IPEndPoint(address, endpoint.Port))];
                lock (_lock)
                {
                    _lastResolved[endpoint] = found;
                    _unresolved.Remove(endpoint);
                }

                return found;
            }

            reason = "no address";
        }
        catch (SocketException exception)
        {
            reason = exception.Message;
        }

        IPEndPoint[] kept;
        bool first;
        lock (_lock)
        {
            kept = _lastResolved.TryGetValue(endpoint, out var known) ? known : [];
            first = _unresolved.Add(endpoint);
        }

        if (first)
        {
            LogUnresolved(_logger, endpoint.ToString(), reason, kept.Length == 0 ? "none" : string.Join(", ", kept.Select(a => a.ToString())));
        }

        return kept;
    }

    private void LogIfChanged(List<IPEndPoint> gateways)
    {
        var list = string.Join(", ", gateways.Select(address => address.ToString()));
        lock (_lock)
        {
            if (string.Equals(list, _lastList, StringComparison.Ordinal))
            {
                return;
            }

            _lastList = list;
        }

        LogGateways(_logger, string.Join(", ", _endpoints.Select(endpoint => endpoint.ToString())), gateways.Count, list);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo gateways from {Configured}: {Count} ({Gateways})")]
    private static partial void LogGateways(ILogger logger, string configured, int count, string gateways);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The silo gateway {Endpoint} resolves to no address ({Reason}); keeping its last known addresses: {Kept}")]
    private static partial void LogUnresolved(ILogger logger, string endpoint, string reason, string kept);
}
