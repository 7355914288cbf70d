namespace NationalRecognition.Benchmarks;

/// <summary>
/// What the report says about how the run was made (passed by benchmarks/run.sh); Baseline: the results folder of
/// an earlier run to compare with.
/// </summary>
public sealed record ReportSettings(
    string Label,
    string Command,
    int SmallBacklog,
    int LargeBacklog,
    int Connections,
    int Threads,
    string Warmup,
    string Duration,
    string StatusDuration,
    string PostgresSettings,
    string CountedBatch,
    string PreloadLimit,
    string? Baseline = null);
