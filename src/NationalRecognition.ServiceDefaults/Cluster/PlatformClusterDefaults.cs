using System.Globalization;
using Microsoft.Extensions.Options;

namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>
/// What an unset <see cref="PlatformClusterOptions"/> value means in each mode. PostgreSql mode keeps the
/// conventional ports and one cluster id; Local mode takes free loopback ports and a cluster id of its own. So a
/// local instance never binds a PostgreSQL silo's ports, and Orleans' connection handshake, which compares cluster
/// ids, refuses any connection that reaches the wrong one.
/// </summary>
public static class PlatformClusterDefaults
{
    /// <summary>The cluster id of PostgreSql mode when none is configured.</summary>
    public const string PostgreSqlClusterId = "recognition";

    /// <summary>Start of the cluster id each Local-mode instance makes for itself.</summary>
    public const string LocalClusterIdPrefix = "recognition-local-";

    /// <summary>Silo-to-silo port of PostgreSql mode when none is configured.</summary>
    public const int SiloPort = 11111;

    /// <summary>Gateway port of PostgreSql mode when none is configured.</summary>
    public const int GatewayPort = 30000;

    /// <summary>A silo's options with every mode default filled in (a copy; <paramref name="options"/> is not changed).</summary>
    public static PlatformClusterOptions ForSilo(PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode != ClusterMode.Local)
        {
            return Copy(options,
                ClusterIdOrNull(options) ?? PostgreSqlClusterId,
                options.SiloPort ?? SiloPort,
                options.GatewayPort ?? GatewayPort,
                options.Liveness.WithDefaults(PlatformLivenessOptions.ForPostgreSql()));
        }

        // Ports are chosen now, when the silo is configured; if another process takes one before the silo binds it,
        // the port check at start-up says so.
        var siloPort = options.SiloPort ?? FreeLoopbackPorts.Pick(exclude: options.GatewayPort);
        var gatewayPort = options.GatewayPort ?? FreeLoopbackPorts.Pick(exclude: siloPort);
        return Copy(options, ClusterIdOrNull(options) ?? NewLocalClusterId(), siloPort, gatewayPort,
            options.Liveness.WithDefaults(new PlatformLivenessOptions()));
    }

    /// <summary>
    /// A client's options with every mode default filled in. A PostgreSql-mode client must be given the silos' gateway
    /// endpoints (it reads no database). A Local-mode silo's cluster id and gateway port are its own, so a Local-mode
    /// client must be given both (the silo logs them at start-up).
    /// </summary>
    /// <exception cref="OptionsValidationException">PostgreSql mode without Gateways; Local mode without ClusterId or GatewayPort.</exception>
    public static PlatformClusterOptions ForClient(PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode != ClusterMode.Local)
        {
            if (options.Gateways is not { Count: > 0 })
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(PlatformClusterOptions),
                [
                    $"{PlatformClusterOptions.SectionName}:Gateways isn't configured: a PostgreSql-mode client finds the silos "
                    + $"through their gateway endpoints, host:port each, e.g. {PlatformClusterOptions.SectionName}__Gateways__0=recognition-silo-gateway:"
                    + $"{GatewayPort} (a headless Service that names every ready silo pod) or 127.0.0.1:{GatewayPort} (silos on this machine; one "
                    + "entry per silo). It no longer reads the membership table, so it needs no ConnectionString.",
                ]);
            }

            return Copy(options, ClusterIdOrNull(options) ?? PostgreSqlClusterId, options.SiloPort ?? SiloPort,
                options.GatewayPort ?? GatewayPort, options.Liveness.WithDefaults(PlatformLivenessOptions.ForPostgreSql()));
        }

        var failures = new List<string>();
        if (ClusterIdOrNull(options) is null)
        {
            failures.Add($"{PlatformClusterOptions.SectionName}:ClusterId isn't configured: a Local-mode client needs the cluster id its silo logs at start-up.");
        }

        if (options.GatewayPort is null)
        {
            failures.Add($"{PlatformClusterOptions.SectionName}:GatewayPort isn't configured: a Local-mode client needs the gateway port its silo logs at start-up.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PlatformClusterOptions), failures);
        }

        return Copy(options, options.ClusterId!, options.SiloPort ?? SiloPort, options.GatewayPort!.Value,
            options.Liveness.WithDefaults(new PlatformLivenessOptions()));
    }

    /// <summary>A cluster id no other Local-mode instance has: the process id and a random part.</summary>
    public static string NewLocalClusterId() =>
        LocalClusterIdPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private static string? ClusterIdOrNull(PlatformClusterOptions options) =>
        string.IsNullOrWhiteSpace(options.ClusterId) ? null : options.ClusterId;

    private static PlatformClusterOptions Copy(
        PlatformClusterOptions options, string clusterId, int siloPort, int gatewayPort, PlatformLivenessOptions liveness) => new()
        {
            Mode = options.Mode,
            ConnectionString = options.ConnectionString,
            Gateways = [.. options.Gateways],
            ClusterId = clusterId,
            ServiceId = options.ServiceId,
            SiloPort = siloPort,
            GatewayPort = gatewayPort,
            AdvertisedAddress = options.AdvertisedAddress,
            ListenOnAnyHostAddress = options.ListenOnAnyHostAddress,
            KubernetesHosting = options.KubernetesHosting,
            ApplySchemaOnStartup = options.ApplySchemaOnStartup,
            GatewayHostsSilo = options.GatewayHostsSilo,
            OperatorDashboard = options.OperatorDashboard,
            Liveness = liveness,
        };
}
