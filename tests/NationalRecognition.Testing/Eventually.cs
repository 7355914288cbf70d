using System.Diagnostics;
using Xunit.Sdk;

namespace NationalRecognition.Testing;

/// <summary>
/// Waits for a condition the platform reaches on its own schedule (a projection catching up, a span exported, a silo
/// ready, a reminder tick) instead of waiting for time: the probe is asked again until the condition holds, and only a
/// generous ceiling — there for a machine busy with other work, not as a claim about speed — ends the wait, with a
/// message that names what was awaited and what was last seen.
/// </summary>
public static class Eventually
{
    /// <summary>The ceiling when a test gives none: far beyond any healthy wait, so that only a real failure reaches it.</summary>
    public static readonly TimeSpan DefaultCeiling = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Asks <paramref name="probe"/> until <paramref name="done"/> holds for its answer and returns that answer. A probe
    /// that throws (the thing is not there yet) is asked again; an assertion failure inside it is not caught.
    /// </summary>
    /// <exception cref="TimeoutException">The ceiling passed; the message names <paramref name="what"/> and the last answer.</exception>
    public static async Task<T> Reach<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? ceiling = null)
    {
        var (value, reached, failure, waited) = await PollAsync(probe, done, ceiling ?? DefaultCeiling);
        return reached
            ? value!
            : throw new TimeoutException($"Timed out after {waited.TotalSeconds:0} s waiting for {what}; last seen: {value?.ToString() ?? "nothing"}", failure);
    }

    /// <summary>Waits until <paramref name="condition"/> is true.</summary>
    /// <exception cref="TimeoutException">The ceiling passed; the message names <paramref name="what"/>.</exception>
    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? ceiling = null) =>
        Reach(condition, holds => holds, what, ceiling);

    /// <summary>Waits until <paramref name="condition"/> (cheap, synchronous: a look at captured data) is true.</summary>
    /// <exception cref="TimeoutException">The ceiling passed; the message names <paramref name="what"/>.</exception>
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? ceiling = null) =>
        Reach(() => Task.FromResult(condition()), holds => holds, what, ceiling);

    /// <summary>
    /// Asks <paramref name="problems"/> until it finds none, for a check that reports rather than throws: returns the
    /// problems last found (empty when the check came to hold), so that the caller can list them in its verdict.
    /// </summary>
    public static async Task<IReadOnlyList<string>> NoProblemsAsync(Func<Task<IReadOnlyList<string>>> problems, TimeSpan? ceiling = null)
    {
        var (found, _, failure, _) = await PollAsync(problems, p => p.Count == 0, ceiling ?? DefaultCeiling);
        return found ?? [$"the check could not be made: {failure?.Message}"];
    }

    private static async Task<(T? Value, bool Reached, Exception? Failure, TimeSpan Waited)> PollAsync<T>(
        Func<Task<T>> probe, Func<T, bool> done, TimeSpan ceiling)
    {
        var clock = Stopwatch.StartNew();
        T? value = default;
        Exception? failure = null;
        while (true)
        {
            try
            {
                value = await probe();
                failure = null;
                if (done(value))
                {
                    return (value, true, null, clock.Elapsed);
                }
            }
            catch (Exception exception) when (exception is not XunitException)
            {
                failure = exception;
            }

            if (clock.Elapsed >= ceiling)
            {
                return (value, false, failure, clock.Elapsed);
            }

            await Task.Delay(PollInterval);
        }
    }
}
