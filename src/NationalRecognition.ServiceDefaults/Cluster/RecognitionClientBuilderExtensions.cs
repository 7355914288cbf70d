using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Dashboard;
using NationalRecognition.ServiceDefaults.Cluster;

namespace Orleans.Hosting;

/// <summary>Connects an external Orleans client (e.g. the gateway in cluster mode) to the silos.</summary>
public static class RecognitionClientBuilderExtensions
{
    /// <summary>Binds <see cref="RecognitionClusterOptions"/> from the "Recognition" section and configures the client.</summary>
    public static IClientBuilder UseRecognitionCluster(this IClientBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(RecognitionClusterOptions.SectionName).Get<RecognitionClusterOptions>()
            ?? new RecognitionClusterOptions();
        return builder.UseRecognitionCluster(options);
    }

    /// <summary>
    /// Local mode: the silo's gateway on localhost (its ClusterId and GatewayPort must be given); PostgreSql mode: the
    /// gateways of the configured cluster (ClusterId, <c>recognition</c> by default) found in the membership table.
    /// Orleans' handshake refuses a connection that reaches a silo of another cluster. Unset timeouts take the
    /// mode's defaults, as on the silos.
    /// </summary>
    public static IClientBuilder UseRecognitionCluster(this IClientBuilder builder, RecognitionClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RecognitionClusterOptionsValidator.ThrowIfInvalid(options);
        options = RecognitionClusterDefaults.ForClient(options);

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
            builder.UseAdoNetClustering(clustering =>
            {
                clustering.Invariant = RecognitionClusterDefaults.NpgsqlInvariant;
                clustering.ConnectionString = options.ConnectionString!;
            });
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
}
