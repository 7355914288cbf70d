using Microsoft.Extensions.Configuration;
using NationalRecognition.Hosting;
using Orleans.Configuration;

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

    /// <summary>Local mode: the gateway on localhost; PostgreSql mode: gateways found in the membership table.</summary>
    public static IClientBuilder UseRecognitionCluster(this IClientBuilder builder, RecognitionClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RecognitionClusterOptionsValidator.ThrowIfInvalid(options);

        if (options.Mode == ClusterMode.Local)
        {
            builder.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        }
        else
        {
            builder.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            builder.UseAdoNetClustering(clustering =>
            {
                clustering.Invariant = RecognitionSiloBuilderExtensions.NpgsqlInvariant;
                clustering.ConnectionString = options.ConnectionString!;
            });
        }

        if (options.Liveness.ResponseTimeout is { } responseTimeout)
        {
            builder.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = responseTimeout);
        }

        return builder;
    }
}
