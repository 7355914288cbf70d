using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace NationalRecognition.Testing;

/// <summary>
/// The test cluster's client finds gateways in the PostgreSQL membership table, as the silos find each other:
/// TestCluster assigns the silos' ports itself. (The real gateway is given the silos' gateway endpoints instead, ADR 0011.)
/// </summary>
public sealed class PostgreSqlClientConfigurator : IClientBuilderConfigurator
{
    /// <inheritdoc/>
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        ArgumentNullException.ThrowIfNull(clientBuilder);
        var options = TestClusterSettings.ReadOptions(configuration);

        // Cluster id and service id stay TestCluster's; only the gateway list and timeouts are ours.
        clientBuilder.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = PlatformSiloBuilderExtensions.NpgsqlInvariant;
            clustering.ConnectionString = options.ConnectionString!;
        });
        clientBuilder.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = options.Liveness.ResponseTimeout!.Value);

        // Restarted silos come back with a new generation; the client must notice them quickly.
        clientBuilder.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
    }
}
