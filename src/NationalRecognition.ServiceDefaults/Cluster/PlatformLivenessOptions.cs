namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>
/// Failure detection and call timeouts of silos and clients. An unset value takes the default of the cluster mode
/// (<see cref="PlatformClusterDefaults"/>): <see cref="ForPostgreSql"/> in PostgreSql mode, Orleans' own defaults
/// in Local mode (a dead silo is declared in about 15 s, calls wait 30 s). Set the same values on silos and clients.
/// </summary>
public sealed class PlatformLivenessOptions
{
    /// <summary>How long a probe may take before it counts as missed.</summary>
    public TimeSpan? ProbeTimeout { get; set; }

    /// <summary>Missed probes before a silo suspects another.</summary>
    public int? NumMissedProbesLimit { get; set; }

    /// <summary>Suspicions needed to declare a silo dead.</summary>
    public int? NumVotesForDeathDeclaration { get; set; }

    /// <summary>How often each silo re-reads the membership table.</summary>
    public TimeSpan? TableRefreshTimeout { get; set; }

    /// <summary>How often each silo writes its I-am-alive time.</summary>
    public TimeSpan? IAmAliveTablePublishTimeout { get; set; }

    /// <summary>How long a grain call waits for its answer; a call in flight to a dead silo waits this long.</summary>
    public TimeSpan? ResponseTimeout { get; set; }

    /// <summary>How often a client (the gateway) re-reads the list of silo gateways; clients only.</summary>
    public TimeSpan? GatewayListRefreshPeriod { get; set; }

    /// <summary>
    /// The deployment profile's defaults: a killed silo was declared dead and its grains served again within about
    /// a second on two silos (15 s with Orleans' defaults). The trade-off is in docs/operations.md.
    /// </summary>
    public static PlatformLivenessOptions ForPostgreSql() => new()
    {
        ProbeTimeout = TimeSpan.FromSeconds(1),
        NumMissedProbesLimit = 2,
        NumVotesForDeathDeclaration = 1,
        TableRefreshTimeout = TimeSpan.FromSeconds(1),
        IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5),
        ResponseTimeout = TimeSpan.FromSeconds(5),
        GatewayListRefreshPeriod = TimeSpan.FromSeconds(1),
    };

    /// <summary>Short settings for test clusters: a dead silo is noticed in a few seconds.</summary>
    public static PlatformLivenessOptions ForTests() => new()
    {
        ProbeTimeout = TimeSpan.FromSeconds(1),
        NumMissedProbesLimit = 2,
        NumVotesForDeathDeclaration = 1,
        TableRefreshTimeout = TimeSpan.FromSeconds(2),
        IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5),
        ResponseTimeout = TimeSpan.FromSeconds(15),
        GatewayListRefreshPeriod = TimeSpan.FromSeconds(1),
    };

    /// <summary>A copy in which every value not set here is taken from <paramref name="defaults"/>.</summary>
    public PlatformLivenessOptions WithDefaults(PlatformLivenessOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new()
        {
            ProbeTimeout = ProbeTimeout ?? defaults.ProbeTimeout,
            NumMissedProbesLimit = NumMissedProbesLimit ?? defaults.NumMissedProbesLimit,
            NumVotesForDeathDeclaration = NumVotesForDeathDeclaration ?? defaults.NumVotesForDeathDeclaration,
            TableRefreshTimeout = TableRefreshTimeout ?? defaults.TableRefreshTimeout,
            IAmAliveTablePublishTimeout = IAmAliveTablePublishTimeout ?? defaults.IAmAliveTablePublishTimeout,
            ResponseTimeout = ResponseTimeout ?? defaults.ResponseTimeout,
            GatewayListRefreshPeriod = GatewayListRefreshPeriod ?? defaults.GatewayListRefreshPeriod,
        };
    }
}
