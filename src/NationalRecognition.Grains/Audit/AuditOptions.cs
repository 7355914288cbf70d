namespace NationalRecognition.Grains.Audit;

/// <summary>Settings of the audit log (section "Recognition:Audit").</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Recognition:Audit";

    /// <summary>
    /// Records one scope's log keeps for one day at most. Past it, appends are refused loudly (the filter logs
    /// an error) rather than letting one grain's state grow without bound.
    /// </summary>
    public int MaxRecordsPerDay { get; set; } = 50_000;
}
