using Microsoft.Extensions.Logging;
using NationalRecognition.Hosting.Diagnostics;

namespace NationalRecognition.Gateway.Tests.CoHosted;

/// <summary>
/// Orleans' watchdog's first reading may measure from the machine's boot; only a stall longer than the process has lived
/// is demoted, every real one still warns.
/// </summary>
public sealed class WatchdogStartReadingTests
{
    private const string Format = "Participant check thread has not completed for {TimeSinceLastTick}, potentially indicating lock contention or deadlock, CPU starvation, or another execution anomaly.";

    [Fact]
    public void The_Orleans_version_in_use_still_has_the_watchdog_whose_logger_is_wrapped() =>
        Assert.NotNull(WatchdogStartReading.WatchdogType);

    [Fact]
    public void A_reading_longer_than_the_process_has_lived_is_the_start_up_artefact() =>
        Assert.True(WatchdogStartReading.IsReadingBeforeStart(LogLevel.Warning, State(TimeSpan.FromHours(9)), processAge: TimeSpan.FromSeconds(12)));

    [Fact]
    public void A_stall_within_the_process_s_life_still_warns() =>
        Assert.False(WatchdogStartReading.IsReadingBeforeStart(LogLevel.Warning, State(TimeSpan.FromSeconds(25)), processAge: TimeSpan.FromMinutes(3)));

    [Fact]
    public void Other_watchdog_entries_are_left_as_they_are() =>
        Assert.False(WatchdogStartReading.IsReadingBeforeStart(LogLevel.Warning,
            new List<KeyValuePair<string, object?>> { new("TimeSinceLastTick", TimeSpan.FromHours(9)), new("{OriginalFormat}", ".NET Runtime Platform stalled for {TimeSinceLastTick}.") },
            processAge: TimeSpan.FromSeconds(12)));

    private static List<KeyValuePair<string, object?>> State(TimeSpan stalled) => [new("TimeSinceLastTick", stalled), new("{OriginalFormat}", Format)];
}
