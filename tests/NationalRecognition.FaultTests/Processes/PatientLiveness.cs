namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// Patient failure detection (section Recognition:Liveness) for the rolling-upgrade test, which proves that old and
/// new releases serve each other and that silos leave gracefully, never detection: a loaded test machine must not get
/// a starting silo declared dead by a missed one-second probe. The failover and shutdown tests use the shipped settings.
/// </summary>
public static class PatientLiveness
{
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["Recognition__Liveness__ProbeTimeout"] = "00:00:05",
        ["Recognition__Liveness__NumMissedProbesLimit"] = "3",
        ["Recognition__Liveness__ResponseTimeout"] = "00:00:30",
    };
}
