namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>
/// How a silo joins the cluster, bound from the configuration section <c>Recognition</c>
/// (e.g. <c>Recognition__Mode=PostgreSql</c>, <c>Recognition__ConnectionString=...</c>).
/// The defaults start a single local silo with nothing to configure; unset values take the defaults of the
/// <see cref="Mode"/> (<see cref="PlatformClusterDefaults"/>).
/// </summary>
public sealed class PlatformClusterOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Recognition";

    /// <summary>Local (default) or PostgreSql.</summary>
    public ClusterMode Mode { get; set; } = ClusterMode.Local;

    /// <summary>Npgsql connection string; required by a silo in PostgreSql mode. Clients never read it.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Where a client (the client-only gateway) in PostgreSql mode finds the silos: their gateway endpoints,
    /// <c>host:port</c> each (<c>Recognition__Gateways__0=recognition-silo-gateway:30000</c>); required there, ignored by silos
    /// and in Local mode. A host name is resolved again at every refresh (<see cref="PlatformLivenessOptions.GatewayListRefreshPeriod"/>),
    /// so a Kubernetes headless Service's name stands for every silo pod; literal IP addresses list the silos of
    /// processes on one machine (ADR 0011).
    /// </summary>
    public IList<string> Gateways { get; set; } = [];

    /// <summary>
    /// Silos and clients with the same ClusterId form one cluster. Unset: <c>recognition</c> in PostgreSql mode, a
    /// fresh <c>recognition-local-…</c> per process in Local mode, so the two never accept each other's connections.
    /// </summary>
    public string? ClusterId { get; set; }

    /// <summary>Stays the same across deployments: grain state and reminders are keyed by it.</summary>
    public string ServiceId { get; set; } = "national-recognition";

    /// <summary>Silo-to-silo port. Unset: 11111 in PostgreSql mode, a free loopback port in Local mode.</summary>
    public int? SiloPort { get; set; }

    /// <summary>Client gateway port. Unset: 30000 in PostgreSql mode, a free loopback port in Local mode.</summary>
    public int? GatewayPort { get; set; }

    /// <summary>IP address published in the membership table; loopback when not set (one machine).</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Listen on every interface rather than only on the advertised address (containers).</summary>
    public bool ListenOnAnyHostAddress { get; set; }

    /// <summary>Apply pending schema scripts at start-up (PostgreSql mode); when off, only verify the schema.</summary>
    public bool ApplySchemaOnStartup { get; set; } = true;

    /// <summary>
    /// The setting of the layout in which a gateway runs a silo of the cluster in its own process (ADR 0008), kept so
    /// that a configuration written for it fails clearly: that layout is now its own process,
    /// <c>NationalRecognition.Gateway.CoHosted</c>, which always hosts its silo, and the client-only gateway refuses
    /// to start when this is set, naming that process.
    /// </summary>
    public bool GatewayHostsSilo { get; set; }

    /// <summary>
    /// PostgreSql mode, the silo host in a Kubernetes pod: Orleans' Kubernetes hosting names the silo after the pod,
    /// advertises the pod's IP (<c>POD_IP</c>) unless <see cref="AdvertisedAddress"/> is set, listens on every interface,
    /// takes the cluster and service ids from <c>ORLEANS_CLUSTER_ID</c>/<c>ORLEANS_SERVICE_ID</c> when set (the manifests
    /// fill them from the pod's labels), and declares dead at once a silo whose pod was deleted. Needs a service
    /// account allowed to get, list, watch and patch pods (k8s/base/silo-rbac.yaml).
    /// </summary>
    public bool KubernetesHosting { get; set; }

    /// <summary>
    /// The Orleans Dashboard's grains on every silo and its pages on the gateway (<c>/orleans-dashboard</c>, platform
    /// administrators only). Silos and gateways of one cluster must agree.
    /// </summary>
    public bool OperatorDashboard { get; set; } = true;

    /// <summary>Failure detection and call timeouts; unset values take the defaults of the <see cref="Mode"/>.</summary>
    public PlatformLivenessOptions Liveness { get; set; } = new();
}
