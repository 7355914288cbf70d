namespace NationalRecognition.Testing;

/// <summary>
/// The clock of the test clusters: real time shifted so that the tests start on <see cref="StartsAt"/>, a fixed day in
/// Kazakhstan (28 August 2025, 09:00), and run forward from there. Dates in tests (periods, orders, protocols,
/// certificates) are written against that day, so no test depends on the day it runs. Timers and delays keep real time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset StartsAt = new(2025, 8, 28, 9, 0, 0, TimeSpan.FromHours(5));

    private readonly TimeSpan _shift = StartsAt - System.GetUtcNow();

    private TestClock()
    {
    }

    public static TestClock Instance { get; } = new();

    /// <summary>The test day in Kazakhstan (the tests run well within it).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(StartsAt.DateTime);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
