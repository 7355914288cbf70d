using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Gateway.Cluster;

/// <summary>How this gateway reaches the grains: as an Orleans client of the cluster's silos, never as a silo.</summary>
public static class ClusterClientExtensions
{
    /// <summary>
    /// PostgreSql mode: a client of the configured cluster, which finds the silos through their gateway endpoints
    /// (<see cref="PlatformClusterOptions.Gateways"/>, e.g. a headless Service's name; no database: ADR 0011); any
    /// number of gateways. Local mode: a client of a running local-mode silo, whose cluster id and gateway port must
    /// be given (it logs both at start-up). A gateway that hosts a silo is another process,
    /// <c>NationalRecognition.Gateway.CoHosted</c>; this one refuses <see cref="PlatformClusterOptions.GatewayHostsSilo"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="PlatformClusterOptions.GatewayHostsSilo"/> is set.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">
    /// PostgreSql mode without <see cref="PlatformClusterOptions.Gateways"/>, or another setting is invalid; the message names it.
    /// </exception>
    public static WebApplicationBuilder AddClusterClient(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()
            ?? new PlatformClusterOptions();
        if (options.GatewayHostsSilo)
        {
            throw new InvalidOperationException(
                $"{PlatformClusterOptions.SectionName}:GatewayHostsSilo is set, but NationalRecognition.Gateway is only an Orleans "
                + "client: run NationalRecognition.Gateway.CoHosted for a gateway that hosts a silo of the cluster (ADR 0008).");
        }

        // A gateway may start before the silos (Kubernetes starts them together): keep trying instead of failing.
        builder.UseOrleansClient(client => client
            .UsePlatformCluster(options)
            .UseConnectionRetryFilter<ClusterConnectionRetryFilter>());
        return builder;
    }
}
