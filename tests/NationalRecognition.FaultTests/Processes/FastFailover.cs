using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// Failure detection for the fault test, as environment variables of silos and gateway alike
/// (<c>RecognitionLivenessOptions</c>, section Recognition:Liveness): a dead silo is declared in about two seconds
/// and a call in flight to it gives up after five.
/// </summary>
public static class FastFailover
{
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["Recognition__Liveness__ProbeTimeout"] = "00:00:01",
        ["Recognition__Liveness__NumMissedProbesLimit"] = "2",
        ["Recognition__Liveness__NumVotesForDeathDeclaration"] = "1",
        ["Recognition__Liveness__TableRefreshTimeout"] = "00:00:01",
        ["Recognition__Liveness__IAmAliveTablePublishTimeout"] = "00:00:05",
        ["Recognition__Liveness__ResponseTimeout"] = "00:00:05",
    };

    /// <summary>
    /// Patient failure detection, for tests of a graceful leave, which never waits for detection: a loaded test machine
    /// must not get a starting silo declared dead by a missed one-second probe.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Patient { get; } = new Dictionary<string, string>
    {
        ["Recognition__Liveness__ProbeTimeout"] = "00:00:05",
        ["Recognition__Liveness__NumMissedProbesLimit"] = "3",
        ["Recognition__Liveness__ResponseTimeout"] = "00:00:30",
    };
}
