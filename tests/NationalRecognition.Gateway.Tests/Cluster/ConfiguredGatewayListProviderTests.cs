using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using NationalRecognition.Gateway.Tests.Demo;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Gateway.Tests.Cluster;

/// <summary>
/// How the client-only gateway finds the silos without a database: the configured <c>host:port</c> entries, each host
/// name looked up again at every refresh (a headless Service's name stands for every silo pod), literal addresses as
/// they are, and a name that stops resolving keeps the addresses it last had.
/// </summary>
public sealed class ConfiguredGatewayListProviderTests
{
    private readonly Dictionary<string, Func<IPAddress[]>> _dns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refusing = new(StringComparer.Ordinal);
    private readonly List<string> _probes = [];
    private readonly RecordingLogger<ConfiguredGatewayListProvider> _log = new();
    private int _lookups;

    [Fact]
    public async Task A_service_name_expands_to_one_gateway_per_address_on_the_configured_port()
    {
        Answer("recognition-silo", "10.1.0.7", "10.1.0.5");

        var gateways = await GatewaysAsync(Provider("recognition-silo:30000"));

        Assert.Equal(["gwy.tcp://10.1.0.5:30000/0", "gwy.tcp://10.1.0.7:30000/0"], gateways);
    }

    [Fact]
    public async Task Every_refresh_looks_the_names_up_again_so_silos_that_join_or_leave_are_seen()
    {
        var provider = Provider("recognition-silo:30000");
        Answer("recognition-silo", "10.1.0.5", "10.1.0.6");
        Assert.Equal(["gwy.tcp://10.1.0.5:30000/0", "gwy.tcp://10.1.0.6:30000/0"], await GatewaysAsync(provider));

        Answer("recognition-silo", "10.1.0.6", "10.1.0.9");

        Assert.Equal(["gwy.tcp://10.1.0.6:30000/0", "gwy.tcp://10.1.0.9:30000/0"], await GatewaysAsync(provider));
        Assert.Equal(2, _lookups);
    }

    [Fact]
    public async Task Literal_addresses_are_used_as_they_are_without_a_lookup()
    {
        var gateways = await GatewaysAsync(Provider("127.0.0.1:30002", "127.0.0.1:30001", "[::1]:30000"));

        Assert.Equal(["gwy.tcp://127.0.0.1:30001/0", "gwy.tcp://127.0.0.1:30002/0", "gwy.tcp://[::1]:30000/0"], gateways);
        Assert.Equal(0, _lookups);
    }

    [Fact]
    public async Task A_name_that_stops_resolving_keeps_its_last_known_addresses_and_says_so_once()
    {
        var provider = Provider("recognition-silo:30000");
        Answer("recognition-silo", "10.1.0.5");
        await GatewaysAsync(provider);

        _dns["recognition-silo"] = () => throw new SocketException((int)SocketError.HostNotFound);
        Assert.Equal(["gwy.tcp://10.1.0.5:30000/0"], await GatewaysAsync(provider));
        Answer("recognition-silo");
        Assert.Equal(["gwy.tcp://10.1.0.5:30000/0"], await GatewaysAsync(provider));

        var warning = Assert.Single(_log.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("recognition-silo:30000 resolves to no address", warning.Message, StringComparison.Ordinal);
        Assert.Contains("10.1.0.5:30000", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_never_resolved_adds_no_gateway_and_the_other_entries_still_count()
    {
        _dns["old-silos"] = () => throw new SocketException((int)SocketError.HostNotFound);
        Answer("recognition-silo", "10.1.0.5");

        var gateways = await GatewaysAsync(Provider("old-silos:30000", "recognition-silo:30000"));

        Assert.Equal(["gwy.tcp://10.1.0.5:30000/0"], gateways);
    }

    [Fact]
    public async Task Entries_that_reach_the_same_silo_list_it_once()
    {
        Answer("recognition-silo", "10.1.0.5");

        var gateways = await GatewaysAsync(Provider("recognition-silo:30000", "10.1.0.5:30000"));

        Assert.Equal(["gwy.tcp://10.1.0.5:30000/0"], gateways);
    }

    [Fact]
    public async Task A_changed_list_is_logged_and_an_unchanged_one_is_not()
    {
        var provider = Provider("recognition-silo:30000");
        Answer("recognition-silo", "10.1.0.5");
        await GatewaysAsync(provider);
        await GatewaysAsync(provider);
        Answer("recognition-silo", "10.1.0.5", "10.1.0.6");
        await GatewaysAsync(provider);

        Assert.Equal(
            ["Silo gateways from recognition-silo:30000: 1 (10.1.0.5:30000)", "Silo gateways from recognition-silo:30000: 2 (10.1.0.5:30000, 10.1.0.6:30000)"],
            _log.Entries.Where(entry => entry.Level == LogLevel.Information).Select(entry => entry.Message));
    }

    [Fact]
    public async Task An_address_that_has_not_accepted_a_connection_yet_is_left_out_until_it_does()
    {
        var provider = Provider("127.0.0.1:30001", "127.0.0.1:30002");
        _refusing.Add("127.0.0.1:30002");
        Assert.Equal(["gwy.tcp://127.0.0.1:30001/0"], await GatewaysAsync(provider));

        _refusing.Clear();

        Assert.Equal(["gwy.tcp://127.0.0.1:30001/0", "gwy.tcp://127.0.0.1:30002/0"], await GatewaysAsync(provider));
    }

    [Fact]
    public async Task An_address_that_has_accepted_once_is_not_probed_again()
    {
        var provider = Provider("127.0.0.1:30001");
        await GatewaysAsync(provider);
        _refusing.Add("127.0.0.1:30001");

        Assert.Equal(["gwy.tcp://127.0.0.1:30001/0"], await GatewaysAsync(provider));
        Assert.Equal(["127.0.0.1:30001"], _probes);
    }

    [Fact]
    public async Task An_address_that_left_the_list_is_probed_again_when_it_comes_back()
    {
        var provider = Provider("recognition-silo:30000");
        Answer("recognition-silo", "10.1.0.5", "10.1.0.6");
        await GatewaysAsync(provider);
        Answer("recognition-silo", "10.1.0.6");
        await GatewaysAsync(provider);
        _refusing.Add("10.1.0.5:30000");
        Answer("recognition-silo", "10.1.0.5", "10.1.0.6");

        Assert.Equal(["gwy.tcp://10.1.0.6:30000/0"], await GatewaysAsync(provider));
    }

    [Fact]
    public async Task When_no_address_accepts_a_connection_every_one_is_listed()
    {
        _refusing.UnionWith(["127.0.0.1:30001", "127.0.0.1:30002"]);

        var gateways = await GatewaysAsync(Provider("127.0.0.1:30001", "127.0.0.1:30002"));

        Assert.Equal(["gwy.tcp://127.0.0.1:30001/0", "gwy.tcp://127.0.0.1:30002/0"], gateways);
    }

    [Fact]
    public async Task The_probe_tells_a_listening_port_from_a_closed_one()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var open = (IPEndPoint)listener.LocalEndpoint;
        listener.Stop();
        Assert.False(await ConfiguredGatewayListProvider.AcceptsConnectionAsync(open, CancellationToken.None));

        using var listening = new TcpListener(open);
        listening.Start();
        Assert.True(await ConfiguredGatewayListProvider.AcceptsConnectionAsync(open, CancellationToken.None));
    }

    [Fact]
    public void A_gateway_found_dead_or_stopping_stays_out_of_use_longer_than_one_refresh()
    {
        // Orleans keeps a gateway that refused a connection, or said it is shutting down, out of use for MaxStaleness.
        Assert.Equal(TimeSpan.FromSeconds(30), Provider("recognition-silo:30000").MaxStaleness);
    }

    [Fact]
    public async Task The_system_resolver_turns_localhost_into_the_loopback_gateway()
    {
        var provider = new ConfiguredGatewayListProvider(
            [new GatewayEndpoint("localhost", 30000)], TimeSpan.FromSeconds(1), Dns.GetHostAddressesAsync, _log);

        Assert.Contains("gwy.tcp://127.0.0.1:30000/0", await GatewaysAsync(provider));
    }

    [Theory]
    [InlineData("recognition-silo:30000", "recognition-silo", 30000)]
    [InlineData("recognition-silo.national-recognition.svc.cluster.local:30000", "recognition-silo.national-recognition.svc.cluster.local", 30000)]
    [InlineData(" 127.0.0.1:30001 ", "127.0.0.1", 30001)]
    [InlineData("[::1]:65535", "::1", 65535)]
    public void An_entry_is_a_host_and_a_port(string text, string host, int port)
    {
        Assert.True(GatewayEndpoint.TryParse(text, out var endpoint));
        Assert.Equal(new GatewayEndpoint(host, port), endpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("recognition-silo")]
    [InlineData("recognition-silo:")]
    [InlineData(":30000")]
    [InlineData("recognition-silo:0")]
    [InlineData("recognition-silo:65536")]
    [InlineData("recognition-silo:+30000")]
    [InlineData("recognition-silo:port")]
    [InlineData("::1:30000")]
    [InlineData("[not-an-address]:30000")]
    [InlineData("silo gateways:30000")]
    public void An_entry_without_a_host_or_a_valid_port_is_refused(string text) =>
        Assert.False(GatewayEndpoint.TryParse(text, out _));

    private ConfiguredGatewayListProvider Provider(params string[] entries) => new(
        entries.Select(entry => GatewayEndpoint.TryParse(entry, out var endpoint) ? endpoint : throw new ArgumentException(entry)),
        TimeSpan.FromSeconds(1), ResolveAsync, _log, AcceptsAsync);

    private Task<bool> AcceptsAsync(IPEndPoint address, CancellationToken cancellationToken)
    {
        var text = address.ToString();
        lock (_probes)
        {
            _probes.Add(text);
        }

        return Task.FromResult(!_refusing.Contains(text));
    }

    private void Answer(string host, params string[] addresses) =>
        _dns[host] = () => [.. addresses.Select(IPAddress.Parse)];

    private Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult(_dns.TryGetValue(host, out var answer)
            ? answer()
            : throw new SocketException((int)SocketError.HostNotFound));
    }

    private static async Task<List<string>> GatewaysAsync(ConfiguredGatewayListProvider provider) =>
        [.. (await provider.GetGateways()).Select(gateway => gateway.ToString())];
}
