using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NationalRecognition.Hosting.Diagnostics;

/// <summary>
/// Orleans 10.4's silo watchdog starts its platform-check thread before it records when its participant check last ran,
/// so the thread's first reading may measure from the machine's boot: "Participant check thread has not completed for
/// 09:40:50 … deadlock" at almost every start of a busy machine, however healthy the silo. The watchdog's logger here
/// passes every entry on as it is, except that one reading — a stall longer than this process has lived cannot be real —
/// which it logs at Debug. Every real stall (shorter than the process's life) still warns.
/// </summary>
public static class WatchdogStartReading
{
    /// <summary>The watchdog's own logging category (Orleans' internal <c>Orleans.Runtime.Watchdog</c>).</summary>
    public const string WatchdogTypeName = "Orleans.Runtime.Watchdog";

    /// <summary>The type whose logger is wrapped; null if an Orleans version no longer has it (then nothing is wrapped).</summary>
    public static Type? WatchdogType { get; } = typeof(Orleans.Runtime.Silo).Assembly.GetType(WatchdogTypeName);

    /// <summary>Gives the Orleans watchdog a logger that demotes only its impossible start-up reading.</summary>
    public static IServiceCollection AddWatchdogStartReadingFilter(this IServiceCollection services)
    {
        if (WatchdogType is { } watchdog)
        {
            services.AddSingleton(typeof(ILogger<>).MakeGenericType(watchdog), typeof(WatchdogLogger<>).MakeGenericType(watchdog));
        }

        return services;
    }

    /// <summary>Whether an entry is the participant-check stall reading that exceeds <paramref name="processAge"/>.</summary>
    public static bool IsReadingBeforeStart(LogLevel level, object? state, TimeSpan processAge) =>
        level == LogLevel.Warning
        && state is IReadOnlyList<KeyValuePair<string, object?>> values
        && values.Any(v => v.Key == "{OriginalFormat}" && v.Value is string format
            && format.StartsWith("Participant check thread has not completed", StringComparison.Ordinal))
        && values.Any(v => v.Key == "TimeSinceLastTick" && v.Value is TimeSpan stalled && stalled > processAge);

    /// <summary>How long this process has run.</summary>
    public static TimeSpan ProcessAge()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }
}
