using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Cluster;
using NationalRecognition.ServiceDefaults.Cluster;
using Orleans.Configuration;
using Orleans.Messaging;

namespace NationalRecognition.Gateway.Tests.Cluster;

/// <summary>
/// The gateway's Orleans client in PostgreSQL mode: its configured cluster only ("recognition" by default), found
/// through the configured silo gateway endpoints (no database), calls that give up after 5 s rather than 30 s, and a
/// gateway list re-read every second; all changeable by configuration.
/// </summary>
public sealed class GatewayClientDefaultsTests
{
    [Fact]
    public async Task A_PostgreSql_mode_gateway_waits_five_seconds_for_an_answer_and_refreshes_its_gateways_every_second()
    {
        await using var app = Build();

        Assert.Equal(TimeSpan.FromSeconds(5), Resolve<ClientMessagingOptions>(app).ResponseTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), Resolve<GatewayOptions>(app).GatewayListRefreshPeriod);
        Assert.Equal(PlatformClusterDefaults.PostgreSqlClusterId, Resolve<ClusterOptions>(app).ClusterId);
    }

    [Fact]
    public async Task A_PostgreSql_mode_gateway_takes_its_cluster_and_timeouts_from_configuration()
    {
        await using var app = Build(
            ("Recognition:ClusterId", "recognition-blue"),
            ("Recognition:Liveness:ResponseTimeout", "00:00:12"),
            ("Recognition:Liveness:GatewayListRefreshPeriod", "00:00:07"));

        Assert.Equal("recognition-blue", Resolve<ClusterOptions>(app).ClusterId);
        Assert.Equal(TimeSpan.FromSeconds(12), Resolve<ClientMessagingOptions>(app).ResponseTimeout);
        Assert.Equal(TimeSpan.FromSeconds(7), Resolve<GatewayOptions>(app).GatewayListRefreshPeriod);
    }

    [Fact]
    public async Task A_PostgreSql_mode_gateway_finds_the_silos_through_the_configured_endpoints()
    {
        await using var app = Build(("Recognition:Gateways:1", "127.0.0.1:30001"));

        var provider = Assert.IsType<ConfiguredGatewayListProvider>(app.Services.GetRequiredService<IGatewayListProvider>());
        Assert.Equal(ConfiguredGatewayListProvider.ExclusionAfterFailure, provider.MaxStaleness);
        Assert.Equal(["gwy.tcp://127.0.0.1:30000/0", "gwy.tcp://127.0.0.1:30001/0"],
            (await provider.GetGateways()).Select(gateway => gateway.ToString()));
    }

    [Fact]
    public void A_PostgreSql_mode_gateway_without_gateway_endpoints_refuses_to_start_naming_the_setting()
    {
        var refusal = Assert.Throws<OptionsValidationException>(() => Build(new Dictionary<string, string?>
        {
            ["Recognition:Mode"] = nameof(ClusterMode.PostgreSql),
            ["Recognition:ConnectionString"] = "Host=127.0.0.1;Database=never_opened",
        }));

        var failure = Assert.Single(refusal.Failures);
        Assert.StartsWith("Recognition:Gateways isn't configured", failure, StringComparison.Ordinal);
        Assert.Contains("Recognition__Gateways__0=recognition-silo-gateway:30000", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_endpoint_that_is_not_host_and_port_is_refused_naming_the_entry()
    {
        var refusal = Assert.Throws<OptionsValidationException>(() => Build(("Recognition:Gateways:1", "recognition-silo")));

        Assert.Contains(refusal.Failures, failure => failure.StartsWith("Recognition:Gateways:1 'recognition-silo' is not host:port", StringComparison.Ordinal));
    }

    [Fact]
    public void Asked_to_host_a_silo_the_client_only_gateway_refuses_and_names_the_co_hosted_host()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Build(("Recognition:GatewayHostsSilo", "true")));

        Assert.Contains("run NationalRecognition.Gateway.CoHosted", refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>A PostgreSQL-mode gateway given one silo gateway endpoint, and <paramref name="settings"/>.</summary>
    private static WebApplication Build(params (string Key, string? Value)[] settings) =>
        Build(new Dictionary<string, string?>(settings.ToDictionary(s => s.Key, s => s.Value))
        {
            ["Recognition:Mode"] = nameof(ClusterMode.PostgreSql),
            ["Recognition:Gateways:0"] = "127.0.0.1:30000",
        });

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddClusterClient();
        return builder.Build();
    }

    private static T Resolve<T>(WebApplication app)
        where T : class => app.Services.GetRequiredService<IOptions<T>>().Value;
}
