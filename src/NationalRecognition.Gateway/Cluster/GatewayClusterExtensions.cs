using NationalRecognition.Gateway.Demo;
using NationalRecognition.Hosting;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Gateway.Cluster;

/// <summary>How the gateway reaches the grains: all-in-one with its own silo, or as a client of the cluster.</summary>
public static class GatewayClusterExtensions
{
    /// <summary>
    /// Local mode (the default, for a newcomer's machine): a silo in this process on free loopback ports with a
    /// cluster id of its own, in-memory storage, demo data. PostgreSql mode: an Orleans client of the configured
    /// cluster's silos, found in the membership table; any number of gateways — or, with
    /// <see cref="RecognitionClusterOptions.GatewayHostsSilo"/>, a silo of that cluster in this process.
    /// </summary>
    public static WebApplicationBuilder AddGatewayCluster(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RecognitionClusterOptions.SectionName).Get<RecognitionClusterOptions>()
            ?? new RecognitionClusterOptions();
        if (options.Mode == ClusterMode.Local || options.GatewayHostsSilo)
        {
            builder.UseOrleans(silo => silo.UseRecognitionCluster(options));
        }
        else
        {
            // A gateway may start before the silos (Kubernetes starts them together): keep trying instead of failing.
            builder.UseOrleansClient(client => client
                .UseRecognitionCluster(options)
                .UseConnectionRetryFilter<ClusterConnectionRetryFilter>());
        }

        if (options.Mode == ClusterMode.Local)
        {
            builder.Services.AddHostedService<LocalSiloAnnouncement>();

            // A newcomer's all-in-one gateway has something to query at once; any other mode never seeds.
            builder.Configuration[$"{DemoDataOptions.SectionName}:{nameof(DemoDataOptions.Enabled)}"] ??= "true";
            builder.Services.AddDemoData(builder.Configuration);
        }

        return builder;
    }
}
