namespace NationalRecognition.Benchmarks;

/// <summary>
/// How a preload went: submissions asked for and stored, failures after retries, wall time, the first failure, and
/// whether it stopped at its time limit before all were sent.
/// </summary>
public sealed record PreloadResult(int Count, int Stored, int Failed, double Seconds, int Concurrency, string? FirstFailure, bool StoppedAtTimeLimit = false)
{
    public double PerSecond => Seconds > 0 ? Stored / Seconds : 0;
}
