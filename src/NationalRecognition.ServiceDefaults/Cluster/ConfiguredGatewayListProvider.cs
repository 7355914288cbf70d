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
/// while it drains. For the same reason a listed address that has never accepted a connection (a silo not started yet,
/// a slot of the machine-local layout) is left out until it does: offered to Orleans, its refusal would keep it out of
/// use for that long after it starts, and a rolling upgrade that stops the old silo in that time would leave the client
/// no gateway but the stopping one. Only such addresses are probed (a TCP connection, opened and closed), once per
/// refresh; once one has accepted, Orleans' own failure handling takes over. When no address has ever accepted, every
/// one is listed, so that Orleans reports the failure itself.
/// </remarks>
public sealed partial class ConfiguredGatewayListProvider : IGatewayListProvider
{
    private readonly IReadOnlyList<GatewayEndpoint> _endpoints;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;
    private readonly ILogger<ConfiguredGatewayListProvider> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<GatewayEndpoint, IPEndPoint[]> _lastResolved = new();
    private readonly HashSet<GatewayEndpoint> _unresolved = [];
    private readonly HashSet<IPEndPoint> _accepted = [];
    private readonly Func<IPEndPoint, CancellationToken, Task<bool>> _accepts;
    private string? _lastList;

    /// <summary>How long Orleans leaves out a listed gateway that refused a connection or said it is shutting down.</summary>
    public static readonly TimeSpan ExclusionAfterFailure = TimeSpan.FromSeconds(30);

    /// <param name="endpoints">The configured entries, in order.</param>
    /// <param name="refreshPeriod">How often Orleans asks again (its gateway list refresh period).</param>
    /// <param name="resolve">Looks a host name up (<see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>).</param>
    /// <param name="logger">Where changes of the list and failed lookups are logged.</param>
    /// <param name="accepts">Whether an address accepts a connection now (<see cref="AcceptsConnectionAsync"/> unless given).</param>
    public ConfiguredGatewayListProvider(
        IEnumerable<GatewayEndpoint> endpoints,
        TimeSpan refreshPeriod,
        Func<string, CancellationToken, Task<IPAddress[]>> resolve,
        ILogger<ConfiguredGatewayListProvider> logger,
        Func<IPEndPoint, CancellationToken, Task<bool>>? accepts = null)
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
        _accepts = accepts ?? AcceptsConnectionAsync;
    }

    /// <summary>How long a probe of an address that has not accepted a connection yet may take.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromMilliseconds(500);

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
        var accepting = await AcceptingAsync(gateways);
        var listed = accepting.Count > 0 ? accepting : gateways;
        LogIfChanged(listed);
        return [.. listed.Select(address => SiloAddress.New(address, 0).ToGatewayUri())];
    }

    /// <summary>
    /// Opens and closes a TCP connection to <paramref name="address"/>; false when it is refused, unreachable or takes
    /// longer than <see cref="ProbeTimeout"/>.
    /// </summary>
    public static async Task<bool> AcceptsConnectionAsync(IPEndPoint address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(address, timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    // Probes only the addresses that have not accepted yet; forgets those no longer resolved, so that the set stays as
    // large as the list (pods come and go) and a silo back at an old address is probed again.
    private async Task<List<IPEndPoint>> AcceptingAsync(List<IPEndPoint> gateways)
    {
        List<IPEndPoint> unproven;
        lock (_lock)
        {
            _accepted.IntersectWith(gateways);
            unproven = [.. gateways.Where(address => !_accepted.Contains(address))];
        }

        var accepts = await Task.WhenAll(unproven.Select(address => _accepts(address, CancellationToken.None)));
        lock (_lock)
        {
            _accepted.UnionWith(unproven.Where((_, i) => accepts[i]));
            return [.. gateways.Where(_accepted.Contains)];
        }
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
