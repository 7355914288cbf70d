using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.ServiceDefaults.Cluster;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Messaging;

namespace Orleans.Hosting;

/// <summary>Connects an external Orleans client (e.g. the gateway in cluster mode) to the silos.</summary>
public static class PlatformClientBuilderExtensions
{
    /// <summary>Binds <see cref="PlatformClusterOptions"/> from the "Recognition" section and configures the client.</summary>
    public static IClientBuilder UsePlatformCluster(this IClientBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()
            ?? new PlatformClusterOptions();
        return builder.UsePlatformCluster(options);
    }

    /// <summary>
    /// Local mode: the silo's gateway on localhost (its ClusterId and GatewayPort must be given); PostgreSql mode: the
    /// configured cluster (ClusterId, <c>recognition</c> by default) through the silos' gateway endpoints of
    /// <see cref="PlatformClusterOptions.Gateways"/>, resolved again at every refresh
    /// (<see cref="ConfiguredGatewayListProvider"/>; no database, ADR 0011). Orleans' handshake refuses a connection that
    /// reaches a silo of another cluster. Unset timeouts take the mode's defaults, as on the silos.
    /// </summary>
    public static IClientBuilder UsePlatformCluster(this IClientBuilder builder, PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PlatformClusterOptionsValidator.ThrowIfInvalid(options);
        options = PlatformClusterDefaults.ForClient(options);

        if (options.Mode == ClusterMode.Local)
        {
            builder.UseLocalhostClustering(options.GatewayPort!.Value, options.ServiceId, options.ClusterId!);
        }
        else
        {
            builder.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId!;
                cluster.ServiceId = options.ServiceId;
            });
            builder.UseConfiguredGateways(options.Gateways);
        }

        // The request's trace continues into the silos (ADR 0010).
        builder.AddActivityPropagation();
        if (options.OperatorDashboard)
        {
            builder.AddDashboard(dashboard => dashboard.HideTrace = true);
        }

        if (options.Liveness.ResponseTimeout is { } responseTimeout)
        {
            builder.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = responseTimeout);
        }

        // The gateway list is re-read this often: a restarted or new silo is found this quickly.
        if (options.Liveness.GatewayListRefreshPeriod is { } refreshPeriod)
        {
            builder.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = refreshPeriod);
        }

        return builder;
    }

    /// <summary>
    /// Finds the silos through <paramref name="gateways"/> (<c>host:port</c> each), every host name resolved through DNS
    /// again at each gateway list refresh (<see cref="GatewayOptions.GatewayListRefreshPeriod"/>).
    /// </summary>
    public static IClientBuilder UseConfiguredGateways(this IClientBuilder builder, IEnumerable<string> gateways)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(gateways);
        var endpoints = gateways.Select(gateway => GatewayEndpoint.TryParse(gateway, out var endpoint)
            ? endpoint
            : throw new ArgumentException($"'{gateway}' is not host:port.", nameof(gateways))).ToList();
        builder.Services.AddSingleton<IGatewayListProvider>(services => new ConfiguredGatewayListProvider(
            endpoints,
            services.GetRequiredService<IOptions<GatewayOptions>>().Value.GatewayListRefreshPeriod,
            Dns.GetHostAddressesAsync,
            services.GetRequiredService<ILogger<ConfiguredGatewayListProvider>>()));
        return builder;
    }
}
