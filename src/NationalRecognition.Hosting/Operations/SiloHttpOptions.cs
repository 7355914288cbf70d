using System.Globalization;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Hosting.Operations;

/// <summary>
/// The silo's own small HTTP endpoint (section <c>SiloHttp</c>): <c>/health/live</c>, <c>/health/ready</c> and
/// <c>/metrics</c>, for Kubernetes' probes and Prometheus. Nothing of the API is served there.
/// </summary>
public sealed class SiloHttpOptions
{
    public const string SectionName = "SiloHttp";

    /// <summary>The port of PostgreSql mode when none is configured (the deployment's probes use it).</summary>
    public const int DefaultPort = 8081;

    /// <summary>Unset: <see cref="DefaultPort"/> on every interface in PostgreSql mode; a free loopback port in Local mode.</summary>
    public int? Port { get; set; }

    /// <summary>Unset: every interface in PostgreSql mode (probes come from the node), loopback in Local mode.</summary>
    public bool? ListenOnAnyAddress { get; set; }

    /// <summary>The address Kestrel binds for this mode (port 0: the system picks a free one, logged at start-up).</summary>
    public string UrlFor(ClusterMode mode)
    {
        var port = Port ?? (mode == ClusterMode.PostgreSql ? DefaultPort : 0);
        var host = ListenOnAnyAddress ?? mode == ClusterMode.PostgreSql ? "0.0.0.0" : "127.0.0.1";
        return string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}");
    }
}
