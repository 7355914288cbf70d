namespace NationalRecognition.Hosting;

/// <summary>
/// Failure-detection and call-timeout overrides. Null keeps the Orleans default (a dead silo is
/// declared in about 15 s). Set the same values on silos and clients.
/// </summary>
public sealed class RecognitionLivenessOptions
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

    /// <summary>Short settings for test clusters: a dead silo is noticed in a few seconds.</summary>
    public static RecognitionLivenessOptions ForTests() => new()
    {
        ProbeTimeout = TimeSpan.FromSeconds(1),
        NumMissedProbesLimit = 2,
        NumVotesForDeathDeclaration = 1,
        TableRefreshTimeout = TimeSpan.FromSeconds(2),
        IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5),
        ResponseTimeout = TimeSpan.FromSeconds(15),
    };
}
