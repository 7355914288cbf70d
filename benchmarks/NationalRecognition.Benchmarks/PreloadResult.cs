namespace NationalRecognition.Benchmarks;

/// <summary>How a preload went: submissions stored, failures after retries, wall time, the first failure.</summary>
public sealed record PreloadResult(int Count, int Stored, int Failed, double Seconds, int Concurrency, string? FirstFailure)
{
    public double PerSecond => Seconds > 0 ? Stored / Seconds : 0;
}
