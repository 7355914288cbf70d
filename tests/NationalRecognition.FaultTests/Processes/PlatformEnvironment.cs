using System.Globalization;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// The environment the platform's processes get in the fault tests, as a deployment sets it: production settings and
/// single-line logs for every program; PostgreSQL mode, the cluster's database and id for silos and
/// gateways; free loopback ports for a silo; the stand-in identity provider for a gateway.
/// </summary>
internal static class PlatformEnvironment
{
    /// <summary>What every program of the platform gets (a tool as well as a silo).</summary>
    public static Dictionary<string, string> Common() => new()
    {
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_NOLOGO"] = "1",
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["Logging__LogLevel__Default"] = "Information",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        ["Logging__LogLevel__Orleans"] = "Warning",

        // Membership changes (suspected, declared dead, joined) are what a failover test wants to read afterwards.
        ["Logging__LogLevel__Orleans.Runtime.MembershipService"] = "Information",
    };

    /// <summary>A member of the cluster (silo or gateway): <see cref="Common"/> plus the cluster's settings.</summary>
    /// <remarks>Failure detection is the shipped PostgreSQL-mode default unless <paramref name="liveness"/> overrides it.</remarks>
    public static Dictionary<string, string> Cluster(
        string connectionString, string clusterId, IReadOnlyDictionary<string, string>? liveness = null)
    {
        var environment = Common();
        foreach (var (key, value) in liveness ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        environment["Recognition__Mode"] = "PostgreSql";
        environment["Recognition__ConnectionString"] = connectionString;
        environment["Recognition__ClusterId"] = clusterId;
        return environment;
    }

    /// <summary>A silo on its own ports; the schema is migrated once, before the silos start, as a deployment step does it.</summary>
    public static Dictionary<string, string> Silo(Dictionary<string, string> cluster, int siloPort, int gatewayPort, int httpPort)
    {
        var environment = new Dictionary<string, string>(cluster)
        {
            ["Recognition__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Recognition__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["SiloHttp__Port"] = httpPort.ToString(CultureInfo.InvariantCulture),
            ["SiloHttp__ListenOnAnyAddress"] = "false",
            ["Recognition__ApplySchemaOnStartup"] = "false",
        };
        return environment;
    }

    /// <summary>A gateway that trusts the stand-in identity provider's tokens over plain HTTP, without rate limits.</summary>
    public static Dictionary<string, string> Gateway(Dictionary<string, string> cluster, Uri identityProvider) => new(cluster)
    {
        ["Authentication__Jwt__Authority"] = identityProvider.ToString().TrimEnd('/'),
        ["Authentication__Jwt__RequireHttpsMetadata"] = "false",
        ["RateLimiting__Enabled"] = "false",
    };
}
