using System.Globalization;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// The environment the platform's processes get in the fault tests, as a deployment sets it: production settings and
/// single-line logs for every program; PostgreSQL mode and the cluster's id for silos and gateways; the database and
/// free loopback ports for a silo; the silos' gateway endpoints and the stand-in identity provider for a gateway.
/// </summary>
internal static class PlatformEnvironment
{
    /// <summary>The gateway's client id at the stand-in identity provider.</summary>
    public const string WebClientId = "national-recognition-web";

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
    public static Dictionary<string, string> Cluster(string clusterId, IReadOnlyDictionary<string, string>? liveness = null)
    {
        var environment = Common();
        foreach (var (key, value) in liveness ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        environment["Recognition__Mode"] = "PostgreSql";
        environment["Recognition__ClusterId"] = clusterId;
        return environment;
    }

    /// <summary>A silo on its own ports; the schema is migrated once, before the silos start, as a deployment step does it.</summary>
    public static Dictionary<string, string> Silo(
        Dictionary<string, string> cluster, string connectionString, int siloPort, int gatewayPort, int httpPort)
    {
        var environment = new Dictionary<string, string>(cluster)
        {
            ["Recognition__ConnectionString"] = connectionString,
            ["Recognition__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Recognition__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["SiloHttp__Port"] = httpPort.ToString(CultureInfo.InvariantCulture),
            ["SiloHttp__ListenOnAnyAddress"] = "false",
            ["Recognition__ApplySchemaOnStartup"] = "false",
        };
        return environment;
    }

    /// <summary>
    /// A gateway that trusts the stand-in identity provider's tokens over plain HTTP, without rate limits, and finds the
    /// silos at <paramref name="siloGatewayPorts"/> on loopback (every port a silo of the cluster may listen on, as a
    /// headless Service's name stands for every silo pod).
    /// </summary>
    /// <remarks>
    /// Browser sign-in is on (the client id <see cref="WebClientId"/> at the stand-in), with the session key ring in
    /// <paramref name="sessionKeys"/>, made before the gateways start as a deployment's Secret is; the session cookie
    /// without the Secure attribute, as the test talks plain HTTP to 127.0.0.1.
    /// </remarks>
    public static Dictionary<string, string> Gateway(
        Dictionary<string, string> cluster, Uri identityProvider, IEnumerable<int> siloGatewayPorts, string sessionKeys)
    {
        var environment = new Dictionary<string, string>(cluster)
        {
            ["Authentication__Jwt__Authority"] = identityProvider.ToString().TrimEnd('/'),
            ["Authentication__Jwt__RequireHttpsMetadata"] = "false",
            ["Authentication__Session__ClientId"] = WebClientId,
            ["Authentication__Session__KeyRingDirectory"] = sessionKeys,
            ["Authentication__Session__SecureCookie"] = "false",
            // The stand-in mints role tokens for tests: its role claims are honoured, as for any development issuer.
            ["Authentication__Jwt__RoleClaimIssuers__0"] = identityProvider.ToString().TrimEnd('/'),
            ["RateLimiting__Enabled"] = "false",
        };
        foreach (var (port, i) in siloGatewayPorts.Select((port, i) => (port, i)))
        {
            environment[$"Recognition__Gateways__{i.ToString(CultureInfo.InvariantCulture)}"] = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        }

        return environment;
    }
}
