using System.Diagnostics;

namespace NationalRecognition.FaultTests;

/// <summary>
/// The test's narrative: every line stamped with the seconds since the run began (the clock the answer timeline
/// also uses), so that phases, the kill and the measured gap read on one time axis.
/// </summary>
public sealed class PhaseLog(ITestOutputHelper output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Time since the run began.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>A new phase of the scenario.</summary>
    public void Phase(string name) => Write($"== {name}");

    /// <summary>A detail within the current phase.</summary>
    public void Info(string message) => Write($"   {message}");

    private void Write(string line)
    {
        try
        {
            output.WriteLine($"[{Now.TotalSeconds,7:0.00} s] {line}");
        }
        catch (InvalidOperationException)
        {
            // The test has already finished (a late line from a background task): nothing to write to.
        }
    }
}
