namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Local mode's clock: the system's, except inside a call the demo seeder makes <see cref="At"/> a past instant, where
/// it is that instant — in the grains the call reaches too (Orleans carries the request context along). So the demo's
/// history is written through the platform's own commands, every rule judged as of the day it happened (a submission
/// before its period started, a protocol dated on its meeting day), and the statistics see months of it. Registered
/// in local mode only; nothing but the seeder sets the instant (the gateway copies nothing from requests into the
/// request context), and timers, timestamps, Orleans' own code and every other caller read the system clock.
/// </summary>
public sealed class DemoClock(TimeProvider system) : TimeProvider
{
    /// <summary>The request-context key of the instant.</summary>
    public const string InstantKey = "nr.demo.at";

    public override DateTimeOffset GetUtcNow() =>
        RequestContext.Get(InstantKey) is DateTimeOffset at && !CalledByOrleans() ? at : system.GetUtcNow();

    /// <summary>
    /// Whether Orleans itself asks (its activation collector schedules by this clock, and refuses a past instant): it
    /// gets the system's time. Looked up only inside the seeder's calls.
    /// </summary>
    private static bool CalledByOrleans()
    {
        var frames = new System.Diagnostics.StackTrace(2, false).GetFrames();
        foreach (var frame in frames)
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly is null || assembly == typeof(TimeProvider).Assembly)
            {
                continue;
            }

            return assembly.GetName().Name?.StartsWith("Orleans", StringComparison.Ordinal) == true;
        }

        return false;
    }

    public override long GetTimestamp() => system.GetTimestamp();

    public override long TimestampFrequency => system.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => system.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        system.CreateTimer(callback, state, dueTime, period);

    /// <summary>Until disposed, calls made from this flow happen at <paramref name="instant"/> (never later than now).</summary>
    public static IDisposable At(DateTimeOffset instant)
    {
        var previous = RequestContext.Get(InstantKey);
        RequestContext.Set(InstantKey, instant);
        return new Restore(previous);
    }

    private sealed class Restore(object? previous) : IDisposable
    {
        public void Dispose()
        {
            if (previous is null)
            {
                RequestContext.Remove(InstantKey);
            }
            else
            {
                RequestContext.Set(InstantKey, previous);
            }
        }
    }
}
