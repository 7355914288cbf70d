namespace NationalRecognition.Importer;

/// <summary>The end of a run: counts by result (including earlier runs of a resumed import) and this run's pace.</summary>
public sealed record ImportSummary(ImportCounts Counts, TimeSpan Elapsed, long RecordsThisRun, bool DryRun)
{
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? RecordsThisRun / Elapsed.TotalSeconds : 0;
}
