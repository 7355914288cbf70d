using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.Silo;
using Orleans.Configuration;

namespace NationalRecognition.Persistence.Tests;

/// <summary>
/// What a silo host gets when nothing is configured: PostgreSQL mode the deployment profile (fast failover, cluster
/// "recognition", ports 11111/30000), Local mode a cluster id and free ports of its own and Orleans' failure detection.
/// </summary>
public sealed class ClusterDefaultsTests
{
    private const string ConnectionString = "Host=127.0.0.1;Database=never_opened";

    [Fact]
    public void PostgreSql_mode_silos_default_to_fast_failure_detection_and_a_five_second_response_timeout()
    {
        using var host = Build(PostgreSql());

        var membership = Resolve<ClusterMembershipOptions>(host);
        Assert.Equal(TimeSpan.FromSeconds(1), membership.ProbeTimeout);
        Assert.Equal(2, membership.NumMissedProbesLimit);
        Assert.Equal(1, membership.NumVotesForDeathDeclaration);
        Assert.Equal(TimeSpan.FromSeconds(1), membership.TableRefreshTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), membership.IAmAliveTablePublishTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), Resolve<SiloMessagingOptions>(host).ResponseTimeout);
    }

    [Fact]
    public void PostgreSql_mode_failure_detection_can_be_changed_by_configuration()
    {
        using var host = Build(PostgreSql(
            ("Recognition:Liveness:ProbeTimeout", "00:00:05"),
            ("Recognition:Liveness:NumVotesForDeathDeclaration", "2"),
            ("Recognition:Liveness:ResponseTimeout", "00:00:30")));

        var membership = Resolve<ClusterMembershipOptions>(host);
        Assert.Equal(TimeSpan.FromSeconds(5), membership.ProbeTimeout);
        Assert.Equal(2, membership.NumVotesForDeathDeclaration);
        Assert.Equal(TimeSpan.FromSeconds(30), Resolve<SiloMessagingOptions>(host).ResponseTimeout);

        // What was not changed keeps the deployment profile.
        Assert.Equal(2, membership.NumMissedProbesLimit);
        Assert.Equal(TimeSpan.FromSeconds(1), membership.TableRefreshTimeout);
    }

    [Fact]
    public void Local_mode_keeps_Orleans_failure_detection_and_response_timeout()
    {
        using var host = Build();

        var membership = Resolve<ClusterMembershipOptions>(host);
        var orleans = new ClusterMembershipOptions();
        Assert.Equal(orleans.ProbeTimeout, membership.ProbeTimeout);
        Assert.Equal(orleans.NumMissedProbesLimit, membership.NumMissedProbesLimit);
        Assert.Equal(orleans.NumVotesForDeathDeclaration, membership.NumVotesForDeathDeclaration);
        Assert.Equal(orleans.TableRefreshTimeout, membership.TableRefreshTimeout);
        Assert.Equal(new SiloMessagingOptions().ResponseTimeout, Resolve<SiloMessagingOptions>(host).ResponseTimeout);
    }

    [Fact]
    public void PostgreSql_mode_joins_cluster_recognition_on_ports_11111_and_30000()
    {
        using var host = Build(PostgreSql());

        Assert.Equal(PlatformClusterDefaults.PostgreSqlClusterId, Resolve<ClusterOptions>(host).ClusterId);
        Assert.Equal("recognition", PlatformClusterDefaults.PostgreSqlClusterId);
        var endpoints = Resolve<EndpointOptions>(host);
        Assert.Equal(11111, endpoints.SiloPort);
        Assert.Equal(30000, endpoints.GatewayPort);
    }

    [Fact]
    public void Every_local_instance_has_a_cluster_id_and_loopback_ports_of_its_own()
    {
        using var first = Build();
        using var second = Build();

        var ids = new[] { first, second }.Select(host => Resolve<ClusterOptions>(host).ClusterId).ToList();
        Assert.All(ids, id => Assert.StartsWith(PlatformClusterDefaults.LocalClusterIdPrefix, id, StringComparison.Ordinal));
        Assert.NotEqual(ids[0], ids[1]);
        Assert.DoesNotContain(PlatformClusterDefaults.PostgreSqlClusterId, ids);

        var ports = new[] { first, second }.Select(Resolve<EndpointOptions>)
            .SelectMany(endpoints => new[] { endpoints.SiloPort, endpoints.GatewayPort }).ToList();
        Assert.Equal(4, ports.Distinct().Count());
        Assert.DoesNotContain(PlatformClusterDefaults.SiloPort, ports);
        Assert.DoesNotContain(PlatformClusterDefaults.GatewayPort, ports);
        Assert.Equal(System.Net.IPAddress.Loopback, Resolve<EndpointOptions>(first).AdvertisedIPAddress);
    }

    [Fact]
    public void Configured_local_ports_and_cluster_id_are_kept()
    {
        using var host = Build(("Recognition:SiloPort", "21111"), ("Recognition:GatewayPort", "23000"), ("Recognition:ClusterId", "mine"));

        Assert.Equal("mine", Resolve<ClusterOptions>(host).ClusterId);
        Assert.Equal(21111, Resolve<EndpointOptions>(host).SiloPort);
        Assert.Equal(23000, Resolve<EndpointOptions>(host).GatewayPort);
    }

    [Fact]
    public void A_local_mode_client_must_be_given_its_silo_s_cluster_id_and_gateway_port()
    {
        var error = Assert.Throws<OptionsValidationException>(() => PlatformClusterDefaults.ForClient(new PlatformClusterOptions()));

        Assert.Contains(error.Failures, failure => failure.StartsWith("Recognition:ClusterId isn't configured", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith("Recognition:GatewayPort isn't configured", StringComparison.Ordinal));
    }

    private static (string Key, string? Value)[] PostgreSql(params (string Key, string? Value)[] more) =>
        [("Recognition:Mode", "PostgreSql"), ("Recognition:ConnectionString", ConnectionString), .. more];

    private static Microsoft.AspNetCore.Builder.WebApplication Build(params (string Key, string? Value)[] settings) =>
        PlatformSiloHost.CreateBuilder([], settings.ToDictionary(s => s.Key, s => s.Value)).Build();

    private static T Resolve<T>(Microsoft.AspNetCore.Builder.WebApplication host)
        where T : class => host.Services.GetRequiredService<IOptions<T>>().Value;
}
